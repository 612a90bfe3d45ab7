package org.fundtrack.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.fundtrack.administration.boundary.NewUser;
import org.fundtrack.administration.boundary.UserAdminService;
import org.fundtrack.administration.boundary.UserQuery;
import org.fundtrack.security.control.PasswordHasher;
import org.fundtrack.security.entity.Role;
import org.fundtrack.web.it.SecurityData.Event;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * User administration end to end: an administrator signed in through j_security_check drives the
 * users page (PrimeFaces Ajax posts, as the browser sends them) to create, disable, enable and
 * reset users through UserAdminService, with errors on their fields; every other role gets the
 * localized 403 page, recorded; and the service itself refuses a caller without the ADMIN role.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

  private static final String PAGE = "admin/users.xhtml";
  private static final String PASSWORD = "initial-password-1";
  private static final String SAVE = "userForm:save";
  private static final String RENDER_DIALOG = "userForm usersForm:users usersForm:messages";

  @Deployment
  static WebArchive deployment() {
    return Deployments.fundtrack();
  }

  @EJB private UserAdminService admin;

  @ArquillianResource private URL base;

  private final SecurityData data = new SecurityData();

  @AfterEach
  void cleanUp() throws Exception {
    data.close();
  }

  @Test
  void service_refusesACallerWithoutTheAdminRole() {
    assertThrows(EJBAccessException.class, () -> admin.count(UserQuery.firstPage(10)));
    assertThrows(EJBAccessException.class, () -> admin.disable(1L));
    assertThrows(
        EJBAccessException.class,
        () ->
            admin.create(
                new NewUser("intruder", "I", "i@example.org", Role.ADMIN, null, PASSWORD)));
  }

  @Test
  @RunAsClient
  void page_refusesEveryOtherRoleWithTheLocalizedAccessDeniedPageAndRecordsIt() throws Exception {
    // officer2 and recipient2 chose French; the others keep English whatever the browser asks.
    for (String username : List.of("officer2", "director", "auditor", "recipient2")) {
      boolean french = username.endsWith("2");
      TestDatabase.setPreferredLanguage(username, french ? "fr" : "en");
      StepClient browser = new StepClient(base, data.newAddress(), "fr-CA");
      browser.signIn(username, WebSession.DEMO_PASSWORD);

      HttpResponse<String> refused = browser.get(PAGE);

      assertThat(refused.statusCode()).as(username).isEqualTo(403);
      assertThat(refused.body())
          .as(username)
          .contains(french ? "Accès refusé" : "Not allowed")
          .doesNotContain("usersForm");
      assertThat(data.eventsFrom(browser.clientAddress()))
          .as(username)
          .extracting(Event::type, Event::username, Event::detail)
          .containsExactly(
              tuple("SIGN_IN_SUCCESS", username, null),
              tuple("ACCESS_DENIED", username, "GET " + base.getPath() + PAGE));
    }
  }

  @Test
  @RunAsClient
  void page_createsAUserWithAFullCostHashWhoCanThenSignIn() throws Exception {
    String username = data.newUsername("created");
    FacesPage page = FacesPage.open(signedInAdmin(), PAGE);

    String response = page.press(SAVE, "userForm", RENDER_DIALOG, newOfficer(username, PASSWORD));

    long id = data.userId(username);
    data.forgetUserLater(id);
    assertThat(response)
        .contains("User " + username + " created.")
        .doesNotContain("validationFailed&#34;:true");
    assertThat(PasswordHasher.iterationsOf(data.passwordHash(id))).isEqualTo(600_000);
    HttpResponse<String> signIn =
        new StepClient(base, data.newAddress()).signIn(username, PASSWORD);
    assertThat(StepClient.location(signIn)).doesNotContain("login.xhtml");
  }

  @Test
  @RunAsClient
  void page_putsEachErrorOnItsFieldAndCreatesNothing() throws Exception {
    String username = data.newUsername("invalid");
    FacesPage page = FacesPage.open(signedInAdmin(), PAGE);
    Map<String, String> invalid = newOfficer(username, "short");
    invalid.put("userForm:email", "not-an-address");

    String response = page.press(SAVE, "userForm", RENDER_DIALOG, invalid);
    Map<String, String> recipientWithoutOrganisation = newOfficer(username, PASSWORD);
    recipientWithoutOrganisation.put("userForm:role_input", "RECIPIENT");
    String mismatch = page.press(SAVE, "userForm", RENDER_DIALOG, recipientWithoutOrganisation);

    assertThat(response)
        .contains("validationFailed&#34;:true")
        .containsPattern("id=\"userForm:emailMessage\"[^>]*>.*Must be a valid e-mail address")
        .containsPattern("id=\"userForm:passwordMessage\"[^>]*>.*The password must have from 12")
        .containsPattern("<input id=\"userForm:email\"[^>]*aria-invalid=\"true\"");
    assertThat(mismatch)
        .containsPattern("id=\"userForm:recipient[^\"]*\"[^>]*>.*recipient users, and only they");
    assertThat(data.userExists(username)).isFalse();
  }

  @Test
  @RunAsClient
  void page_disablesEnablesAndResetsAUser() throws Exception {
    String username = data.newUsername("managed");
    long id = data.createOfficer(username, PASSWORD, 1_000);
    FacesPage page = FacesPage.open(signedInAdmin(), PAGE);
    String filtered = filterBy(page, username);
    assertThat(filtered).contains(username).doesNotContain("usersForm:users:1:disable");

    page.press(
        "usersForm:users:0:disable", "usersForm:users:0:disable", "usersForm:users", Map.of());
    boolean disabledAfterDisable = data.isEnabled(id);
    page.press("usersForm:users:0:enable", "usersForm:users:0:enable", "usersForm:users", Map.of());
    page.press("usersForm:users:0:reset", "usersForm:users:0:reset", "resetForm", Map.of());
    String reset =
        page.press(
            "resetForm:confirmReset",
            "resetForm",
            "resetForm usersForm:users usersForm:messages",
            Map.of("resetForm:newPassword", "a-brand-new-password"));

    assertThat(disabledAfterDisable).isFalse();
    assertThat(data.isEnabled(id)).isTrue();
    assertThat(reset).contains("The password of " + username + " was reset.");
    assertThat(PasswordHasher.iterationsOf(data.passwordHash(id))).isEqualTo(600_000);
    StepClient user = new StepClient(base, data.newAddress());
    assertThat(StepClient.location(user.signIn(username, PASSWORD))).contains("failed=true");
    assertThat(StepClient.location(user.signIn(username, "a-brand-new-password")))
        .doesNotContain("login.xhtml");
  }

  @Test
  @RunAsClient
  void page_refusesToDisableTheSignedInAdministrator() throws Exception {
    FacesPage page = FacesPage.open(signedInAdmin(), PAGE);
    String filtered = filterBy(page, "admin");
    assertThat(filtered).containsPattern("<td[^>]*>(<[^>]+>)*admin<");

    String response =
        page.press(
            "usersForm:users:0:disable",
            "usersForm:users:0:disable",
            "usersForm:users usersForm:messages",
            Map.of());

    assertThat(response).contains("You cannot disable your own account");
    assertThat(data.isEnabled(data.userId("admin"))).isTrue();
  }

  private StepClient signedInAdmin() throws Exception {
    StepClient browser = new StepClient(base, data.newAddress());
    HttpResponse<String> signedIn = browser.signIn("admin", WebSession.DEMO_PASSWORD);
    assertThat(StepClient.location(signedIn)).doesNotContain("login.xhtml");
    return browser;
  }

  private static String filterBy(FacesPage page, String text) throws Exception {
    return page.fire(
        "usersForm:filterText", "keyup", "usersForm:users", Map.of("usersForm:filterText", text));
  }

  private static Map<String, String> newOfficer(String username, String password) {
    return new java.util.LinkedHashMap<>(
        Map.of(
            "userForm:username",
            username,
            "userForm:displayName",
            "Test " + username,
            "userForm:email",
            username + "@example.org",
            "userForm:role_input",
            "OFFICER",
            "userForm:password",
            password));
  }
}
