package org.accord.portal.ui.people;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.List;
import org.accord.people.ApiScope;
import org.accord.people.ApiTokenRow;
import org.accord.people.ApiTokens;
import org.accord.people.NewApiToken;
import org.springframework.context.annotation.Scope;

/** The account page's personal access tokens for the partner API. */
@SpringComponent
@Scope("prototype")
public class TokensPanel extends VerticalLayout {

    final TokensEditor editor;

    TokensPanel(ApiTokens tokens) {
        setId("api-tokens");
        setPadding(false);
        editor = new TokensEditor(new TokenOwner() {
            @Override
            public List<ApiTokenRow> tokens() {
                return tokens.mine();
            }

            @Override
            public NewApiToken create(String name, LocalDate expiresOn, ApiScope scope) {
                return tokens.create(name, expiresOn, scope);
            }

            @Override
            public void revoke(long tokenId) {
                tokens.revoke(tokenId);
            }

            @Override
            public LocalDate latestExpiry() {
                return tokens.latestExpiry();
            }
        }, "my");
        add(new H2(getTranslation("token.title")), new Paragraph(getTranslation("token.explanation")), editor);
    }
}
