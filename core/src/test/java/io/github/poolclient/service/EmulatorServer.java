package io.github.poolclient.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Mounts a {@link UserPoolClientService} on a JDK {@link HttpServer} bound to the loopback address
 * on a free port, with exactly the glue of the README's "Embed it in an emulator" section (the
 * lines between the markers; {@code ReadmeEmbeddingTest} keeps the two identical).
 */
final class EmulatorServer {
  private EmulatorServer() {}

  /** Starts a server whose only handler serves {@code service}; the caller stops it. */
  static HttpServer start(UserPoolClientService service) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // readme:embed:begin
    ObjectMapper json =
        JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    server.createContext(
        "/",
        (HttpExchange exchange) -> {
          String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
          Object body;
          try (InputStream in = exchange.getRequestBody()) {
            body = json.readValue(in, Object.class);
          } catch (JsonProcessingException notJson) {
            body = null; // answered as a SerializationException
          }
          WireAnswer answer = service.handle(UserPoolClientService.operation(target), body);
          byte[] bytes = json.writeValueAsBytes(answer.body());
          exchange.getResponseHeaders().set("Content-Type", UserPoolClientService.CONTENT_TYPE);
          exchange.sendResponseHeaders(answer.status(), bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    // readme:embed:end
    server.start();
    return server;
  }
}
