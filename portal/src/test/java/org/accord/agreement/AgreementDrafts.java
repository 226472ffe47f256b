package org.accord.agreement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Valid agreement and commitment drafts with codes no other test uses, and a real small PDF. */
public final class AgreementDrafts {

    private AgreementDrafts() {
    }

    public static String uniqueCode() {
        return "T-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase(Locale.ROOT);
    }

    public static AgreementDraft newAgreement(String code) {
        var draft = new AgreementDraft();
        draft.setCode(code);
        draft.setTitleEn("Declaration of Principles " + code);
        draft.setTitleEs("Declaración de Principios " + code);
        draft.setKind(AgreementKind.DECLARATION_OF_PRINCIPLES);
        draft.setSignedOn(LocalDate.of(2012, 2, 27));
        draft.setSignedPlace("Mexico City");
        draft.setStatus(AgreementStatus.IN_FORCE);
        draft.setSummaryEn("Mutual goals and priority initiatives.");
        draft.setSummaryEs("Metas comunes e iniciativas prioritarias.");
        draft.setSignatories(List.of(
                new SignatoryDraft("US", "Janet Napolitano", "Secretary of Homeland Security", "DHS"),
                new SignatoryDraft("MX", "José Antonio Meade", "Secretario de Hacienda y Crédito Público", "SHCP")));
        return draft;
    }

    public static CommitmentDraft commitment(int number, String titleEn, String titleEs) {
        var draft = new CommitmentDraft();
        draft.setNumber(number);
        draft.setTitleEn(titleEn);
        draft.setTitleEs(titleEs);
        return draft;
    }

    /** A valid one-page PDF (header, objects, cross-reference table, trailer) that says {@code text}. */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 24 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new StringBuilder();
        for (int i = 0; i < objects.size(); i++) {
            offsets.append(String.format(Locale.ROOT, "%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n").append(offsets)
                .append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
