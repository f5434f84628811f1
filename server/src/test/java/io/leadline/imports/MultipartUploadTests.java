package io.leadline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadline.web.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The file part of a multipart upload, as browsers and curl send one, read a byte at a time through a small buffer. */
class MultipartUploadTests {

    private static final String TYPE = "multipart/form-data; boundary=----edge42";

    @Test
    void theFilePartIsReadWholeWhateverItHoldsAndOtherPartsArePassed() throws IOException {
        String file = "firstName,notes\r\nAnn,\"line one\r\n--not the boundary\r\n------edge4 nor this\"\r\nBo,\r\n";
        String body = "preamble to ignore\r\n"
                + "------edge42\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\nnot the file\r\n"
                + "------edge42\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"leads.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + file + "\r\n"
                + "------edge42--\r\nepilogue";
        assertThat(read(body, TYPE)).isEqualTo(file);
        assertThat(read(body.replace("----edge42", "other"), "multipart/form-data; boundary=\"other\"")).isEqualTo(file);
    }

    @Test
    void aPartNamedFileNeedsNoFilenameAndAnEmptyFileIsEmpty() throws IOException {
        String body = "------edge42\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\r\n------edge42--\r\n";
        assertThat(read(body, TYPE)).isEmpty();
    }

    @Test
    void aBodyWithoutAFilePartOrBoundaryOrEndIsRefusedByName() {
        String noFile = "------edge42\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\nhi\r\n------edge42--\r\n";
        assertThatThrownBy(() -> read(noFile, TYPE)).isInstanceOf(ApiException.class)
                .hasMessageContaining("has no file part");
        assertThatThrownBy(() -> read(noFile, "multipart/form-data")).isInstanceOf(ApiException.class)
                .hasMessageContaining("needs a boundary");
        String cut = "------edge42\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nAnn,Lee\r\nBo";
        assertThatThrownBy(() -> read(cut, TYPE)).isInstanceOf(ApiException.class)
                .hasMessageContaining("ends inside a part");
    }

    private static String read(String body, String type) throws IOException {
        InputStream trickle = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(length, 1));
            }
        };
        return new String(MultipartUpload.filePart(trickle, type, 8).readAllBytes(), StandardCharsets.UTF_8);
    }
}
