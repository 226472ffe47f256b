package org.accord.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document-level part of PDF/UA and PDF/A: catalog /Lang, MarkInfo, DisplayDocTitle, the structure tree root
 * with its parent tree, outline, associated files, the sRGB output intent, XMP and a matching Info dictionary.
 */
final class Catalog {

    private static final COSName STRUCT_TREE_ROOT = COSName.getPDFName("StructTreeRoot");
    private static final COSName PARENT_TREE_NEXT_KEY = COSName.getPDFName("ParentTreeNextKey");
    private static final COSName AF = COSName.getPDFName("AF");
    private static final String SRGB = "sRGB IEC61966-2.1";

    private Catalog() {
    }

    static void write(PDDocument document, DocumentInfo info, Languages languages, COSDictionary structTreeRoot,
            PageFlow flow, PDDocumentOutline outline, List<PDComplexFileSpecification> attachments, Calendar created)
            throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(languages.document);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        COSArray nums = new COSArray();
        for (Map.Entry<Integer, COSBase> entry : flow.parentTree().entrySet()) {
            nums.add(COSInteger.get(entry.getKey()));
            nums.add(entry.getValue());
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        structTreeRoot.setItem(COSName.PARENT_TREE, parentTree);
        structTreeRoot.setInt(PARENT_TREE_NEXT_KEY, flow.nextStructParent());
        catalog.getCOSObject().setItem(STRUCT_TREE_ROOT, structTreeRoot);

        if (outline.hasChildren()) {
            catalog.setDocumentOutline(outline);
            catalog.setPageMode(PageMode.USE_OUTLINES);
        }

        if (!attachments.isEmpty()) {
            Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
            COSArray associated = new COSArray();
            for (PDComplexFileSpecification spec : attachments) {
                byName.put(spec.getFileUnicode(), spec);
                associated.add(spec.getCOSObject());
            }
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(byName);
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(files);
            catalog.setNames(names);
            catalog.getCOSObject().setItem(AF, associated);
        }

        if (info.conformance().archival()) {
            PDOutputIntent intent = new PDOutputIntent(document,
                    new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(Xmp.packet(info));
        catalog.setMetadata(metadata);

        // The same values as the XMP packet: PDF/A wants the two to agree.
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(Text.clean(info.title(), false));
        if (info.subject() != null) {
            information.setSubject(Text.clean(info.subject(), false));
        }
        if (info.author() != null) {
            information.setAuthor(Text.clean(info.author(), false));
        }
        information.setCreator(Xmp.CREATOR_TOOL);
        information.setProducer(Xmp.PRODUCER);
        information.setCreationDate(created);
        information.setModificationDate(created);
    }
}
