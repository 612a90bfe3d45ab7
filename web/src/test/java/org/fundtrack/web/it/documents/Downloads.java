package org.fundtrack.web.it.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fundtrack.web.it.ApiClient;

/** Downloads documents through the API as a user, in a language. */
final class Downloads {

  private final ApiClient api;

  Downloads(ApiClient api) {
    this.api = api;
  }

  Workbook workbook(String user, String path, Locale locale) throws Exception {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes(user, path, locale)));
  }

  Pdf pdf(String user, String path, Locale locale) throws Exception {
    return Pdf.read(bytes(user, path, locale));
  }

  private byte[] bytes(String user, String path, Locale locale) throws Exception {
    String url =
        "exports/" + path + (path.contains("?") ? "&" : "?") + "lang=" + locale.getLanguage();
    HttpResponse<byte[]> file = api.download(user, url);
    assertThat(file.statusCode()).as(url).isEqualTo(200);
    return file.body();
  }
}
