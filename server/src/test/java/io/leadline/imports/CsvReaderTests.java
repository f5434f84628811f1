package io.leadline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets and CRMs write it. */
class CsvReaderTests {

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaksAndRecordsKnowTheirLine() {
        List<CsvReader.Record> records = read("name,notes\r\n\"Lee, Ann\",\"said \"\"hi\"\"\"\r\n\"Bo\",\"two\nlines\"\nCy,\n");
        assertThat(records).extracting(CsvReader.Record::fields).containsExactly(
                List.of("name", "notes"), List.of("Lee, Ann", "said \"hi\""), List.of("Bo", "two\nlines"), List.of("Cy", ""));
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1L, 2L, 3L, 5L);
    }

    @Test
    void theDelimiterIsWhatTheHeaderHoldsMostOfAndAByteOrderMarkIsDropped() {
        CsvReader semicolons = new CsvReader(new StringReader("\uFEFFfirst;last;\"a,b\"\nAnn;Lee;x\n"));
        assertThat(semicolons.header().fields()).containsExactly("first", "last", "a,b");
        assertThat(semicolons.delimiter()).isEqualTo(';');
        assertThat(semicolons.next().fields()).containsExactly("Ann", "Lee", "x");
        CsvReader tabs = new CsvReader(new StringReader("first\tlast\nAnn\tLee"));
        tabs.header();
        assertThat(tabs.next().fields()).containsExactly("Ann", "Lee");
        assertThat(tabs.next()).isNull();
    }

    @Test
    void blankLinesAreNoRecordsAndAnEmptyFileHasNoHeader() {
        assertThat(read("a,b\n\n\n1,2\n\r\n")).extracting(CsvReader.Record::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(new CsvReader(new StringReader("")).header()).isNull();
    }

    private static List<CsvReader.Record> read(String text) {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<CsvReader.Record> records = new ArrayList<>();
        records.add(reader.header());
        CsvReader.Record record;
        while ((record = reader.next()) != null) {
            records.add(record);
        }
        return records;
    }
}
