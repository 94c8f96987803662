package org.persistentchat.sip.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.persistentchat.sip.adapter.log.SipAdapterLogger;

/** Pins the operator message ids: operators grep for them, so they must not move or collide. */
class SipAdapterLoggerTest {

  @Test
  void everyMessageHasItsOwnIdInTheAdaptersRange() throws Exception {
    // given the generated logger, whose *$str methods return each coded message format
    Class<?> generated = Class.forName(SipAdapterLogger.class.getName() + "_$logger");
    List<Integer> ids = new ArrayList<>();

    // when
    for (Method m : generated.getDeclaredMethods()) {
      if (m.getName().endsWith("$str") && m.getParameterCount() == 0) {
        m.setAccessible(true);
        String format = (String) m.invoke(generated.getDeclaredConstructor(org.jboss.logging.Logger.class)
            .newInstance(org.jboss.logging.Logger.getLogger("test")));
        ids.add(Integer.parseInt(format.substring("PCHAT".length(), format.indexOf(':'))));
      }
    }

    // then
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id >= 1000 && id <= 1999);
    assertThat(ids).contains(1000, 1001, 1030, 1031, 1032, 1033, 1034, 1040, 1041, 1042, 1050, 1051, 1060, 1061, 1070, 1071);
  }
}
