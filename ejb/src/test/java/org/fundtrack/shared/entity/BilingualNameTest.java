package org.fundtrack.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.fundtrack.budget.entity.Fund;
import org.fundtrack.indicator.entity.Dimension;
import org.fundtrack.indicator.entity.DimensionCode;
import org.fundtrack.indicator.entity.DimensionValue;
import org.fundtrack.indicator.entity.Direction;
import org.fundtrack.indicator.entity.Indicator;
import org.fundtrack.indicator.entity.MeasureType;
import org.fundtrack.reference.entity.ExpenseCategory;
import org.fundtrack.reference.entity.Ministry;
import org.fundtrack.reference.entity.Region;
import org.fundtrack.testing.TestData;
import org.junit.jupiter.api.Test;

class BilingualNameTest {

  private static final Locale FRENCH_FRANCE = Locale.FRANCE;

  @Test
  void name_isFrenchForEveryFrenchLocale() {
    Ministry ministry = new Ministry("MAG", "Attorney General", "Procureur général");

    assertThat(ministry.name(Locale.CANADA_FRENCH)).isEqualTo("Procureur général");
    assertThat(ministry.name(Locale.FRENCH)).isEqualTo("Procureur général");
    assertThat(ministry.name(FRENCH_FRANCE)).isEqualTo("Procureur général");
  }

  @Test
  void name_isEnglishForEnglishOtherAndMissingLocales() {
    Region region = new Region("NORTH", "North", "Nord");

    assertThat(region.name(Locale.CANADA)).isEqualTo("North");
    assertThat(region.name(Locale.GERMAN)).isEqualTo("North");
    assertThat(region.name(null)).isEqualTo("North");
  }

  @Test
  void name_worksAcrossFeatures() {
    ExpenseCategory category =
        new ExpenseCategory(
            "COUNSELLING",
            "Trauma-informed counselling",
            "Counseling tenant compte des traumatismes");
    Dimension age = new Dimension(DimensionCode.AGE_GROUP, "Age group", "Groupe d’âge", 20);
    DimensionValue youth = new DimensionValue(age, "AGE_18_24", "18 to 24", "18 à 24 ans", 20);
    Indicator referrals =
        new Indicator(
            "REFERRALS", "Referrals", "Aiguillages", "count", MeasureType.COUNT, Direction.UP);
    Fund fund = TestData.fund();

    assertThat(category.name(Locale.CANADA_FRENCH))
        .isEqualTo("Counseling tenant compte des traumatismes");
    assertThat(age.name(Locale.CANADA_FRENCH)).isEqualTo("Groupe d’âge");
    assertThat(youth.name(Locale.CANADA_FRENCH)).isEqualTo("18 à 24 ans");
    assertThat(referrals.name(Locale.CANADA_FRENCH)).isEqualTo("Aiguillages");
    assertThat(fund.name(Locale.CANADA_FRENCH))
        .isEqualTo("Fonds de soutien communautaire à la lutte contre la traite des personnes");
    assertThat(fund.getProgramArea().getStrategy().name(Locale.CANADA))
        .isEqualTo("Anti-Human Trafficking Strategy");
  }

  @Test
  void optionalText_fallsBackToEnglishOnlyWhenNoFrenchExists() {
    Fund fund = TestData.fund();
    fund.describe("Community supports", null);

    assertThat(fund.description(Locale.CANADA_FRENCH)).isEqualTo("Community supports");
    fund.describe("Community supports", "Soutiens communautaires");
    assertThat(fund.description(Locale.CANADA_FRENCH)).isEqualTo("Soutiens communautaires");
  }

  @Test
  void name_isAValueOfBothLanguages() {
    BilingualName north = new BilingualName("North", "Nord");

    assertThat(north).isEqualTo(new BilingualName("North", "Nord"));
    assertThat(north).hasSameHashCodeAs(new BilingualName("North", "Nord"));
    assertThat(north).isNotEqualTo(new BilingualName("North", "Le Nord"));
    assertThat(north.in(Locale.CANADA_FRENCH)).isEqualTo("Nord");
    assertThat(north.in(Locale.CANADA)).isEqualTo("North");
  }

  @Test
  void rename_replacesTheWholeName() {
    Region region = new Region("NORTH", "North", "Nord");
    BilingualName before = region.getName();

    region.rename("Northern", "Région du Nord");

    assertThat(region.getName()).isEqualTo(new BilingualName("Northern", "Région du Nord"));
    assertThat(before).isEqualTo(new BilingualName("North", "Nord"));
  }
}
