package co.athena.persistence.outbox;

import java.sql.SQLException;
import java.util.List;

/** The outbox as the publisher sees it: rows not yet sent, in id order, and marking them sent. */
interface UnsentRows {

    List<OutboxRow> after(long id, int limit) throws SQLException;

    void markSent(List<Long> ids) throws SQLException;
}
