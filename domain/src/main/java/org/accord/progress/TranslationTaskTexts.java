package org.accord.progress;

import org.accord.people.Language;

/** The words of a translator's task, in the translator's language: the task list shows them as stored. */
final class TranslationTaskTexts {

    private TranslationTaskTexts() {
    }

    static String title(Language reader, String periodCode, String initiativeCode, Language into) {
        return reader == Language.ES
                ? "Traducir al " + (into == Language.ES ? "español" : "inglés") + " el informe " + periodCode
                        + " de " + initiativeCode
                : "Translate the " + periodCode + " update of " + initiativeCode + " into "
                        + (into == Language.ES ? "Spanish" : "English");
    }

    static String description(Language reader) {
        return reader == Language.ES
                ? "Escriba la traducción en la pestaña «Informes de avance» de la iniciativa: el original no cambia."
                : "Write the translation on the initiative's Progress updates tab: the original stays as it is.";
    }

    static String doneNote(Language reader) {
        return reader == Language.ES ? "Traducción escrita." : "Translation written.";
    }
}
