package io.leadline.imports;

import io.leadline.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file of a {@code multipart/form-data} upload, read as it arrives (the server parses no multipart body, so that
 * none is ever held whole): the first part named {@code file} or carrying a filename, streamed up to the boundary that
 * ends it. Other parts are read past; the job's choices stay in the query string.
 */
final class MultipartUpload {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISPOSITION = Pattern.compile("^content-disposition:(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final int MAX_HEADERS = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private byte[] buffer;
    private int start;
    private int end;
    private boolean exhausted;

    private MultipartUpload(InputStream in, byte[] delimiter, int bufferSize) {
        this.in = in;
        this.delimiter = delimiter;
        this.buffer = new byte[Math.max(bufferSize, delimiter.length * 2 + 2)];
        // The body starts with the boundary line itself; read as if a line break came first, the preamble is one more
        // part to read past and every part ends at the same delimiter.
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
    }

    static boolean isMultipart(String contentType) {
        return contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The upload's file part; 400 when the body names no boundary or holds no file part. */
    static InputStream filePart(InputStream body, String contentType) throws IOException {
        return filePart(body, contentType, 64 * 1024);
    }

    static InputStream filePart(InputStream body, String contentType, int bufferSize) throws IOException {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw ApiException.invalidField("Content-Type", "multipart/form-data needs a boundary");
        }
        String name = boundary.group(1) != null ? boundary.group(1) : boundary.group(2);
        MultipartUpload parts = new MultipartUpload(body, ("\r\n--" + name).getBytes(StandardCharsets.ISO_8859_1), bufferSize);
        parts.part().transferTo(OutputStream.nullOutputStream());
        while (parts.anotherPart()) {
            String headers = parts.headers();
            InputStream part = parts.part();
            if (isFile(headers)) {
                return part;
            }
            part.transferTo(OutputStream.nullOutputStream());
        }
        throw ApiException.invalidField("file", "the multipart upload has no file part (one named 'file' or with a filename)");
    }

    private static boolean isFile(String headers) {
        Matcher disposition = DISPOSITION.matcher(headers);
        if (!disposition.find()) {
            return false;
        }
        String value = disposition.group(1);
        return Pattern.compile("(^|;)\\s*filename\\*?=", Pattern.CASE_INSENSITIVE).matcher(value).find()
                || Pattern.compile("(^|;)\\s*name=\"?file\"?\\s*(;|$)", Pattern.CASE_INSENSITIVE).matcher(value).find();
    }

    /** After a delimiter: "--" ends the body, a line break starts another part. */
    private boolean anotherPart() throws IOException {
        fill(2);
        if (end - start < 2) {
            throw malformed("ends without its closing boundary");
        }
        byte first = buffer[start];
        byte second = buffer[start + 1];
        start += 2;
        if (first == '-' && second == '-') {
            return false;
        }
        if (first == '\r' && second == '\n') {
            return true;
        }
        throw malformed("has a boundary followed by neither a line break nor '--'");
    }

    /** The part's header lines, up to and past the empty line that ends them. */
    private String headers() throws IOException {
        while (true) {
            int blank = indexOf(new byte[] {'\r', '\n', '\r', '\n'}, start);
            if (blank >= 0) {
                String headers = new String(buffer, start, blank - start, StandardCharsets.UTF_8);
                start = blank + 4;
                return headers;
            }
            if (end - start > MAX_HEADERS || !fillMore()) {
                throw malformed("has a part whose headers do not end");
            }
        }
    }

    /** The current part's content; reading it to its end leaves the upload just past the part's delimiter. */
    private InputStream part() {
        return new InputStream() {
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (ended) {
                    return -1;
                }
                while (true) {
                    int found = indexOf(delimiter, start);
                    if (found == start) {
                        start += delimiter.length;
                        ended = true;
                        return -1;
                    }
                    // Bytes before a delimiter found, or those that cannot begin one still to arrive.
                    int safe = found >= 0 ? found - start : Math.max(0, end - start - (delimiter.length - 1));
                    if (safe > 0) {
                        int count = Math.min(length, safe);
                        System.arraycopy(buffer, start, into, offset, count);
                        start += count;
                        return count;
                    }
                    if (!fillMore()) {
                        throw malformed("ends inside a part");
                    }
                }
            }
        };
    }

    private int indexOf(byte[] wanted, int from) {
        outer:
        for (int i = from; i <= end - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (buffer[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void fill(int wanted) throws IOException {
        while (end - start < wanted && fillMore()) {
            // read on
        }
    }

    /** Reads more of the body into the buffer; false at its end. */
    private boolean fillMore() throws IOException {
        if (exhausted) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            exhausted = true;
            return false;
        }
        end += read;
        return true;
    }

    private static ApiException malformed(String problem) {
        return ApiException.invalidField("body", "the multipart upload " + problem);
    }
}
