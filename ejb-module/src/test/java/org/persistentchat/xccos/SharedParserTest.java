package org.persistentchat.xccos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.persistentchat.xccos.model.Command;
import org.persistentchat.xccos.model.EnvelopeId;

/** One parser instance is shared by every MDB instance, so it must be safe across threads. */
class SharedParserTest {

  @Test
  void oneParserServesManyThreadsAtOnce() throws Exception {
    // Given
    XccosParser parser = new XccosParser();
    byte[] join = SipeCaptureParsingTest.capture("cmd-join.xml", 182);
    byte[] post = SipeCaptureParsingTest.capture("grpchat.xml", 248);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Boolean>> work = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      byte[] body = i % 2 == 0 ? join : post;
      work.add(() -> parser.parse(body).envelopeId() != null);
    }

    // When
    List<Future<Boolean>> results;
    try {
      results = pool.invokeAll(work);
    } finally {
      pool.shutdown();
    }

    // Then
    for (Future<Boolean> result : results) {
      assertThat(result.get()).isTrue();
    }
    assertThat(parser.parse(join).payload()).isInstanceOf(Command.Join.class);
    assertThat(parser.parse(join).envelopeId()).isEqualTo(EnvelopeId.of("107715704"));
  }
}
