package org.accord.portal.ui.people;

import java.time.LocalDate;
import java.util.List;
import org.accord.people.ApiScope;
import org.accord.people.ApiTokenRow;
import org.accord.people.NewApiToken;

/** Whose tokens an editor shows: mine on My account, a service account's for its administrator. */
interface TokenOwner {

    List<ApiTokenRow> tokens();

    NewApiToken create(String name, LocalDate expiresOn, ApiScope scope);

    void revoke(long tokenId);

    LocalDate latestExpiry();
}
