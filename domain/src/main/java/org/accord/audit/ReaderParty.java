package org.accord.audit;

/** The party of the person reading the audit trail, supplied by the directory: the audit knows no accounts. */
@FunctionalInterface
public interface ReaderParty {

    long current();
}
