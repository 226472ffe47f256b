package org.accord.people;

import org.accord.audit.ReaderParty;
import org.springframework.stereotype.Component;

/** Tells the audit trail the signed-in person's party. */
@Component
class DirectoryReaderParty implements ReaderParty {

    private final Directory directory;

    DirectoryReaderParty(Directory directory) {
        this.directory = directory;
    }

    @Override
    public long current() {
        return directory.me().partyId();
    }
}
