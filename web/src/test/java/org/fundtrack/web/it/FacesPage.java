package org.fundtrack.web.it;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One open JSF view driven the way PrimeFaces drives it: Ajax posts naming a source component, what
 * to execute and render, the submitted fields and the view state.
 */
final class FacesPage {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final StepClient browser;
  private final String path;
  private final String viewState;
  private final String html;

  private FacesPage(StepClient browser, String path, String html) {
    this.browser = browser;
    this.path = path;
    this.html = html;
    Matcher matcher = VIEW_STATE.matcher(html);
    if (!matcher.find()) {
      throw new IllegalStateException("No view state in " + path);
    }
    this.viewState = matcher.group(1);
  }

  static FacesPage open(StepClient browser, String path) throws IOException, InterruptedException {
    HttpResponse<String> page = browser.get(path);
    if (page.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + page.statusCode());
    }
    return new FacesPage(browser, path, page.body());
  }

  String html() {
    return html;
  }

  /** Presses a command button: executes {@code execute}, renders {@code render}. */
  String press(String button, String execute, String render, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put(button, button);
    return post(button, execute, render, null, form);
  }

  /** Fires an Ajax behaviour event ({@code keyup}, {@code valueChange}) on one input. */
  String fire(String input, String event, String render, Map<String, String> fields)
      throws IOException, InterruptedException {
    return post(input, input, render, event, new LinkedHashMap<>(fields));
  }

  private String post(
      String source, String execute, String render, String event, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", source);
    form.put("jakarta.faces.partial.execute", execute);
    form.put("jakarta.faces.partial.render", render);
    if (event != null) {
      form.put("jakarta.faces.behavior.event", event);
      form.put("jakarta.faces.partial.event", event);
    }
    String formId = source.substring(0, source.indexOf(':'));
    form.put(formId, formId);
    form.putAll(fields);
    form.put("jakarta.faces.ViewState", viewState);
    form.put(PageNonce.PARAMETER, PageNonce.of(html));
    HttpResponse<String> response = browser.postAjax(path, encode(form));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(source + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static String encode(Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (name, value) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
