package org.accord.report.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;

/**
 * A structure element, built directly as a dictionary: there are hundreds of thousands in a long table, so it
 * holds only what the file needs: no optional /Type, K a single kid until a second one comes.
 */
final class StructNode {

    static final COSName MCR = COSName.getPDFName("MCR");
    static final COSName OBJR = COSName.getPDFName("OBJR");

    final COSDictionary dict = new CompactDictionary();
    final COSName type;
    private COSDictionary page;

    StructNode(COSName type, StructNode parent) {
        this.type = type;
        dict.setItem(COSName.S, type);
        if (parent != null) {
            dict.setItem(COSName.P, parent.dict);
            parent.addKid(dict);
        }
    }

    static StructNode of(String type, StructNode parent) {
        return new StructNode(COSName.getPDFName(type), parent);
    }

    static final COSName TR = COSName.getPDFName("TR");
    static final COSName TD = COSName.getPDFName("TD");

    StructNode language(String tag) {
        if (tag != null) {
            dict.setString(COSName.LANG, tag);
        }
        return this;
    }

    /** Links marked content {@code mcid} on {@code pageDict} to this element. */
    void addMarkedContent(COSDictionary pageDict, int mcid) {
        if (page == null) {
            page = pageDict;
            dict.setItem(COSName.PG, pageDict);
        }
        if (page == pageDict) {
            addKid(COSInteger.get(mcid));
        } else {
            COSDictionary ref = new CompactDictionary();
            ref.setItem(COSName.TYPE, MCR);
            ref.setItem(COSName.PG, pageDict);
            ref.setInt(COSName.MCID, mcid);
            addKid(ref);
        }
    }

    /** Links an annotation (a link) to this element. */
    void addObject(COSDictionary object, COSDictionary pageDict) {
        COSDictionary ref = new COSDictionary();
        ref.setItem(COSName.TYPE, OBJR);
        ref.setItem(COSName.PG, pageDict);
        ref.setItem(COSName.OBJ, object);
        addKid(ref);
    }

    /** Makes an element made earlier (a placeholder) a kid, in reading order after what it already has. */
    void addKid(COSBase kid) {
        COSBase existing = dict.getItem(COSName.K);
        if (existing == null) {
            dict.setItem(COSName.K, kid);
        } else if (existing instanceof COSArray array && !(kid instanceof COSArray)) {
            array.add(kid);
        } else {
            COSArray array = new COSArray();
            array.add(existing);
            array.add(kid);
            dict.setItem(COSName.K, array);
        }
    }

    void attribute(COSName owner, COSName key, COSBase value) {
        COSDictionary attributes = new CompactDictionary();
        attributes.setItem(COSName.O, owner);
        attributes.setItem(key, value);
        dict.setItem(COSName.A, attributes);
    }

    void alternateText(String text) {
        dict.setString(COSName.ALT, text);
    }
}
