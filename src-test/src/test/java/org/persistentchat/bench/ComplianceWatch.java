package org.persistentchat.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Watches the two ends of the compliance pipeline while chat runs: the depth of the Artemis
 * compliance queue (sampled through the management API) and the XML files the adapter writes
 * (which bench posts they hold, and when each first appeared).
 */
final class ComplianceWatch implements AutoCloseable {

  /** One queue sample, seconds since the watch started. */
  record Sample(double at, long depth, long added) {
  }

  private static final Pattern CHAT = Pattern.compile("<Message type=\"CHAT\" content=\"([^\"]*)\"");
  private static final Pattern ANY_MESSAGE = Pattern.compile("<Message type=\"");

  private final ManagementClient management;
  private final String queue;
  private final Path xmlDirectory;
  private final long start = System.nanoTime();
  private final List<Sample> samples = new CopyOnWriteArrayList<>();
  private final Set<Path> seenFiles = new HashSet<>();
  private final Set<String> chatsInXml = new HashSet<>();
  private long messagesInXml;
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile String samplingError;

  ComplianceWatch(ManagementClient management, String queue, Path xmlDirectory)
      throws IOException {
    this.management = management;
    this.queue = queue;
    this.xmlDirectory = xmlDirectory;
    try (Stream<Path> existing = Files.list(xmlDirectory)) {
      existing.forEach(seenFiles::add);
    }
    sampler = new Thread(this::sampleEverySecond, "queue-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sampleEverySecond() {
    while (running) {
      try {
        JsonObject q = management.queue(queue);
        samples.add(new Sample((System.nanoTime() - start) / 1e9,
            q.getJsonNumber("message-count").longValue(),
            q.getJsonNumber("messages-added").longValue()));
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException | RuntimeException e) {
        samplingError = e.toString();
        try {
          Thread.sleep(1000);
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Reads XML files that appeared since the last call; returns the seconds since the watch
   * started at which the last of {@code texts} was first seen in a file, or -1 if some are missing.
   */
  double scanUntilAllWritten(Set<String> texts) throws IOException {
    List<Path> fresh = new ArrayList<>();
    try (Stream<Path> files = Files.list(xmlDirectory)) {
      files.filter(f -> f.toString().endsWith(".xml") && !seenFiles.contains(f)).forEach(fresh::add);
    }
    double now = (System.nanoTime() - start) / 1e9;
    for (Path file : fresh) {
      seenFiles.add(file);
      String xml = Files.readString(file);
      Matcher chat = CHAT.matcher(xml);
      while (chat.find()) {
        chatsInXml.add(chat.group(1));
      }
      Matcher any = ANY_MESSAGE.matcher(xml);
      while (any.find()) {
        messagesInXml++;
      }
    }
    return chatsInXml.containsAll(texts) ? now : -1;
  }

  long messagesInXml() {
    return messagesInXml;
  }

  long chatsFound(Set<String> texts) {
    return texts.stream().filter(chatsInXml::contains).count();
  }

  int filesSeen() {
    return (int) seenFiles.stream().filter(f -> f.toString().endsWith(".xml")).count();
  }

  double elapsed() {
    return (System.nanoTime() - start) / 1e9;
  }

  List<Sample> samples() {
    return List.copyOf(samples);
  }

  String samplingError() {
    return samplingError;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
