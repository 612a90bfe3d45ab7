package org.fundtrack.web.grant;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundtrack.grant.boundary.BudgetItemShare;
import org.fundtrack.grant.boundary.GrantDraft;
import org.fundtrack.grant.boundary.YearShare;

/**
 * The money tables of the grant entry form: the split of the total over fiscal years (always at
 * least one row) and the budget by expense category, as the page edits them and as the draft takes
 * them. The sums are the draft's rules, checked on save, not here.
 */
public class GrantBudgetRows implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<AmountRow> years = new ArrayList<>(List.of(new AmountRow()));
  private final List<AmountRow> items = new ArrayList<>(List.of(new AmountRow()));

  /** Takes the rows of a saved draft; a draft without years still shows one empty year row. */
  void fill(GrantDraft draft) {
    years.clear();
    draft
        .yearShares()
        .forEach(y -> years.add(new AmountRow(String.valueOf(y.fiscalYear()), y.amount())));
    if (years.isEmpty()) {
      years.add(new AmountRow());
    }
    items.clear();
    draft.budgetItems().forEach(b -> items.add(new AmountRow(b.expenseCategory(), b.amount())));
  }

  List<YearShare> yearShares() {
    List<YearShare> shares = new ArrayList<>();
    for (AmountRow row : years) {
      String year = row.getKey();
      shares.add(new YearShare(year == null ? null : Integer.valueOf(year), row.getAmount()));
    }
    return shares;
  }

  List<BudgetItemShare> budgetItems() {
    List<BudgetItemShare> budget = new ArrayList<>();
    for (AmountRow row : items) {
      budget.add(new BudgetItemShare(row.getKey(), row.getAmount()));
    }
    return budget;
  }

  /** Where the messages on each row's inputs go. */
  void putFieldIds(Map<String, String> ids) {
    ids.put("yearShares", "entry:yearShares");
    ids.put("budgetItems", "entry:budgetItems");
    for (int i = 0; i < years.size(); i++) {
      ids.put("yearShares[" + i + "].fiscalYear", "entry:yearShares:" + i + ":year");
      ids.put("yearShares[" + i + "].amount", "entry:yearShares:" + i + ":amount");
    }
    for (int i = 0; i < items.size(); i++) {
      ids.put("budgetItems[" + i + "].expenseCategory", "entry:budgetItems:" + i + ":category");
      ids.put("budgetItems[" + i + "].amount", "entry:budgetItems:" + i + ":amount");
    }
  }

  public void addYear() {
    years.add(new AmountRow());
  }

  /** Removes a year row, except the last one. */
  public void removeYear(AmountRow row) {
    if (years.size() > 1) {
      years.remove(row);
    }
  }

  public void addItem() {
    items.add(new AmountRow());
  }

  public void removeItem(AmountRow row) {
    items.remove(row);
  }

  public List<AmountRow> getYears() {
    return years;
  }

  public List<AmountRow> getItems() {
    return items;
  }
}
