package io.camelkartra.examples.leadsync;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of an open leads CSV, read one line at a time as the splitter asks for them: only the rows in flight are in
 * memory, however long the file. The file is closed at its end, or by {@link #close()} (the splitter closes it when it
 * stops early).
 */
public final class LeadRows implements Iterator<LeadRow>, Closeable {

    private final BufferedReader reader;
    private final Map<String, Integer> header;
    private int lineNumber = 1;
    private int count;
    private LeadRow next;
    private boolean closed;

    LeadRows(BufferedReader reader, Map<String, Integer> header) {
        this.reader = reader;
        this.header = header;
    }

    @Override
    public synchronized boolean hasNext() {
        if (next == null && !closed) {
            next = readRow();
        }
        return next != null;
    }

    @Override
    public synchronized LeadRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows");
        }
        LeadRow row = next;
        next = null;
        count++;
        return row;
    }

    /** The rows handed out so far: all of them once the iterator is exhausted. */
    public synchronized int count() {
        return count;
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        reader.close();
    }

    private LeadRow readRow() {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    return LeadCsv.row(header, lineNumber, line);
                }
            }
            close();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line " + (lineNumber + 1) + " of the leads CSV", e);
        }
    }
}
