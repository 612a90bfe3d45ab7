package org.fundtrack.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.fundtrack.grant.entity.AmendmentStatus;
import org.fundtrack.grant.entity.GrantStatus;
import org.fundtrack.grant.entity.InstalmentStatus;
import org.fundtrack.reporting.entity.ReportStatus;
import org.junit.jupiter.api.Test;

class StatusBadgesTest {

  private final StatusBadges badges = new StatusBadges();

  @Test
  void everyStatusOfEveryKind_hasAToneAndWordsInBothLanguages() throws IOException {
    Properties en = bundle("messages.properties");
    Properties fr = bundle("messages_fr.properties");
    for (var kind :
        List.of(
            GrantStatus.class, InstalmentStatus.class, AmendmentStatus.class, ReportStatus.class)) {
      for (Enum<?> status : kind.getEnumConstants()) {
        String name = kind.getSimpleName();
        assertThat(StatusBadges.TONES.get(name)).as(name).containsKey(status.name());
        String key = badges.key(name, status.name());
        assertThat(en.getProperty(key)).as(key).isNotBlank();
        assertThat(fr.getProperty(key)).as(key).isNotBlank();
      }
    }
  }

  @Test
  void tones_sayWhatTheStatusMeans() {
    assertThat(badges.tone("GrantStatus", "ACTIVE")).isEqualTo("ok");
    assertThat(badges.tone("GrantStatus", "UNDER_REVIEW")).isEqualTo("info");
    assertThat(badges.tone("GrantStatus", "DECLINED")).isEqualTo("bad");
    assertThat(badges.tone("ReportStatus", "RETURNED")).isEqualTo("warn");
    assertThat(badges.tone("InstalmentStatus", "PAID")).isEqualTo("ok");
    assertThat(badges.key("ReportStatus", null)).isEqualTo("report.status.NONE");
    assertThat(badges.key("ReportStatus", "")).isEqualTo("report.status.NONE");
    assertThat(badges.tone("ReportStatus", "")).isEqualTo("off");
    assertThat(badges.key("GrantStatus", "ACTIVE")).isEqualTo("enum.GrantStatus.ACTIVE");
  }

  @Test
  void everyTone_hasAnIconOfItsOwn() {
    Set<String> tones = Set.of("ok", "info", "warn", "bad", "off");
    StatusBadges.TONES.values().forEach(byCode -> assertThat(tones).containsAll(byCode.values()));
    assertThat(StatusBadges.ICONS.keySet()).isEqualTo(tones);
    assertThat(Set.copyOf(StatusBadges.ICONS.values())).hasSize(tones.size());
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        StatusBadgesTest.class.getResourceAsStream("/org/fundtrack/web/i18n/" + name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
