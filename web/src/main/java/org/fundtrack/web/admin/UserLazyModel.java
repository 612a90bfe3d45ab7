package org.fundtrack.web.admin;

import java.util.List;
import java.util.Map;
import org.fundtrack.administration.boundary.UserQuery;
import org.fundtrack.administration.boundary.UserRow;
import org.fundtrack.web.shared.KeyedLazyModel;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The user list as PrimeFaces pages it: each page is one query for its rows and one count, both run
 * by the service in the database with the view's filters.
 */
class UserLazyModel extends KeyedLazyModel<UserRow> {

  private static final long serialVersionUID = 1L;
  private static final Map<String, UserQuery.Sort> SORTS =
      Map.of(
          "username", UserQuery.Sort.USERNAME,
          "displayName", UserQuery.Sort.DISPLAY_NAME,
          "role", UserQuery.Sort.ROLE,
          "recipientName", UserQuery.Sort.ORGANISATION,
          "enabled", UserQuery.Sort.ENABLED,
          "lastSignInAt", UserQuery.Sort.LAST_SIGN_IN);

  private final UserAdminView view;

  UserLazyModel(UserAdminView view) {
    this.view = view;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, view.service().count(query(0, 1, Map.of())));
  }

  @Override
  public List<UserRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return view.service().list(query(first, pageSize, sortBy));
  }

  @Override
  protected Object keyOf(UserRow row) {
    return row.id();
  }

  private UserQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
    SortMeta sort = activeSort(sortBy).orElse(null);
    UserQuery.Sort column = sort == null ? UserQuery.Sort.USERNAME : sortOf(sort.getField());
    boolean ascending = sort == null || !descending(sort);
    int size = boundedSize(pageSize);
    String text = view.getFilterText();
    if (text != null && text.length() > 100) {
      text = text.substring(0, 100);
    }
    return new UserQuery(Math.max(0, first), size, column, ascending, text, view.getFilterRole());
  }

  /** "username", "u.username" or "username()": the column a sort expression names. */
  static UserQuery.Sort sortOf(String field) {
    if (field == null) {
      return UserQuery.Sort.USERNAME;
    }
    String name = field.replace("()", "");
    name = name.substring(name.lastIndexOf('.') + 1);
    return SORTS.getOrDefault(name, UserQuery.Sort.USERNAME);
  }
}
