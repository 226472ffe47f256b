package org.accord.portal.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.accord.portal.ui.AccessDeniedView;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.report.IssuedReportFixture;
import org.accord.report.IssuedReportView;
import org.accord.report.IssuedReports;
import org.accord.report.ReportFormat;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportRequest;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Executives and program managers check a copy by uploading it or typing what its footer prints. */
class VerifyReportViewTest extends PortalBrowserlessTest {

    @Autowired
    IssuedReports issued;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    IssuedReportFixture fixture;
    ReportRequest request;

    @BeforeEach
    void aReportOfItsOwn() {
        signedIn = new SignedIn(userDetails);
        fixture = new IssuedReportFixture();
        request = IssuedReportFixture.range(IssuedReportFixture.freshScope(), ReportLanguage.EN, ReportFormat.PDF);
    }

    @Test
    @WithUserDetails("napolitano")
    void anUploadedCopyIsRecognisedAndAChangedOneIsNot() {
        IssuedReportView report = signedIn.as("pm.us", () -> issued.issue(request, null, null, fixture.rendering()));
        byte[] bytes = IssuedReportFixture.bytesFor(fixture.identities.getFirst());
        VerifyReportView view = navigate(VerifyReportView.class);

        test(view.upload).upload("copy.pdf", "application/pdf", bytes);
        roundTrip();
        assertThat(view.result.getElement().getAttribute("data-outcome")).isEqualTo("current");
        assertThat(text(view)).contains("This is an issued report", report.identifier() + ", version 1",
                "2012-01-01 – 2012-03-31", "agreement " + report.scopeId(), "English", "PDF", report.issuedByName(),
                "It is the current version", report.sha256());

        byte[] changed = bytes.clone();
        changed[0] ^= 1;
        test(view.upload).upload("copy.pdf", "application/pdf", changed);
        roundTrip();
        assertThat(view.result.getElement().getAttribute("data-outcome")).isEqualTo("not-issued");
        assertThat(text(view)).contains("Not an issued report", "No issued report has exactly these bytes")
                .doesNotContain(report.identifier());
    }

    @Test
    @WithUserDetails("meade")
    void theTypedIdentifierOfASupersededVersionSaysWhichReplacedItInSpanish() {
        IssuedReportView first = signedIn.as("pm.mx", () -> issued.issue(request, null, null, fixture.rendering()));
        IssuedReportView second = signedIn.as("pm.mx", () -> issued.issue(request, "Fechas de hitos corregidas",
                first.id(), fixture.rendering()));
        VerifyReportView view = navigate(VerifyReportView.class);

        test(view.typed).setValue(first.identifier());
        test(view.check).click();
        assertThat(view.result.getElement().getAttribute("data-outcome")).isEqualTo("superseded");
        assertThat(text(view)).contains("Es un informe emitido", first.identifier() + ", versión 1",
                "Sustituido: lo reemplazó " + second.identifier(), "Fechas de hitos corregidas", "inglés");

        test(view.typed).setValue(second.dataSha256());
        test(view.check).click();
        assertThat(view.result.getElement().getAttribute("data-outcome")).isEqualTo("current");
        assertThat(text(view)).contains(second.identifier(), "Es la versión vigente");

        test(view.typed).setValue("12345");
        test(view.check).click();
        assertThat(view.typed.isInvalid()).isFalse();
        assertThat(text(view)).contains("No es un informe emitido", "«12345»");

        test(view.typed).setValue(" ");
        test(view.check).click();
        assertThat(view.typed.isInvalid()).isTrue();
        assertThat(view.typed.getErrorMessage()).isEqualTo("Escriba un identificador o un hash.");
    }

    @Test
    @WithUserDetails("liaison.mx")
    void liaisonsDoNotOpenThePage() {
        navigate("reports/verify", AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("wayne")
    void thePanelListsIssuedReportsWithTheirSupersessionAndADownloadLink() {
        IssuedReportView first = signedIn.as("pm.us", () -> issued.issue(request, null, null, fixture.rendering()));
        IssuedReportView second = signedIn.as("pm.us", () -> issued.issue(request, "Corrected the milestone dates",
                first.id(), fixture.rendering()));
        VerifyReportView page = navigate(VerifyReportView.class);
        var panel = new IssuedReportsPanel(issued);
        page.add(panel);

        var grid = test(panel.grid);
        assertThat(grid.getRow(0).id()).isEqualTo(second.id());
        assertThat(grid.getRow(1).id()).isEqualTo(first.id());
        assertThat(grid.getCellText(1, 0)).isEqualTo(first.identifier());
        assertThat(grid.getCellText(1, 1)).isEqualTo("1");
        assertThat(grid.getCellText(1, 2)).isEqualTo("2012-01-01 – 2012-03-31");
        assertThat(grid.getCellText(1, 4)).isEqualTo("English");
        assertThat(grid.getCellText(1, 7)).isEqualTo(second.identifier());
        assertThat(grid.getCellText(0, 8)).isEqualTo("Corrected the milestone dates");
        var link = (Anchor) grid.getCellComponent(0, "download");
        assertThat(link.getText()).startsWith(second.fileName());
        assertThat(link.getHref()).isNotBlank();
    }

    private static String text(VerifyReportView view) {
        return view.result.getElement().getTextRecursively();
    }
}
