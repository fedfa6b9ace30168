package jp.azukari.member.importing;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files, kept in GridFS (bucket {@value #BUCKET}) between the dry run and the real
 * run, so any instance can run them; what kind of file each is, told by its content, never its
 * name.
 */
@Component
class ImportFiles {

  static final String BUCKET = "memberImports";
  static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The encodings staff may choose for a CSV file; AUTO tells UTF-8 from Shift_JIS by itself. */
  enum Encoding {
    AUTO,
    UTF_8,
    SHIFT_JIS
  }

  private final GridFsTemplate gridFs;

  ImportFiles(MongoTemplate mongo) {
    this.gridFs = new GridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(), BUCKET);
  }

  String store(InputStream content, String fileName) {
    return gridFs.store(content, fileName).toHexString();
  }

  InputStream open(String fileId) {
    GridFSFile file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
    if (file == null) {
      throw new ImportRefused("import.fileGone", "The uploaded file is no longer stored.");
    }
    try {
      return gridFs.getResource(file).getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void delete(String fileId) {
    gridFs.delete(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
  }

  /** Copies a stored file to a temporary file (XLSX is read by random access); delete it after. */
  File toTemporaryFile(String fileId) throws IOException {
    File file = Files.createTempFile("member-import-", ".xlsx").toFile();
    try (InputStream in = open(fileId)) {
      Files.copy(in, file.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /** XLSX by the zip signature, CSV for text; anything else refused. */
  ImportJob.Format formatOf(String fileId) throws IOException {
    byte[] head;
    try (InputStream in = open(fileId)) {
      head = in.readNBytes(8192);
    }
    if (head.length == 0) {
      throw new ImportRefused("import.empty", "The file is empty.");
    }
    if (startsWith(head, ZIP)) {
      return ImportJob.Format.XLSX;
    }
    if (startsWith(head, OLE2)) {
      throw new ImportRefused(
          "import.oldExcel",
          "This is an old Excel file (.xls). Save it from Excel as .xlsx or CSV and upload that.");
    }
    for (byte b : head) {
      if (b == 0) {
        throw new ImportRefused(
            "import.unknownFormat", "The file is neither a CSV file nor an XLSX workbook.");
      }
    }
    return ImportJob.Format.CSV;
  }

  /**
   * The charset of a CSV file: UTF-8 with a byte order mark, or the whole file decoding as UTF-8,
   * is UTF-8; anything else is Windows-31J, the Shift_JIS that Japanese Excel writes. Staff may
   * name the encoding instead.
   */
  Charset charsetOf(String fileId, Encoding chosen) throws IOException {
    return switch (chosen) {
      case UTF_8 -> StandardCharsets.UTF_8;
      case SHIFT_JIS -> WINDOWS_31J;
      case AUTO -> isUtf8(fileId) ? StandardCharsets.UTF_8 : WINDOWS_31J;
    };
  }

  static Encoding encoding(String name) {
    if (name == null || name.isBlank()) {
      return Encoding.AUTO;
    }
    String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return switch (key) {
      case "AUTO" -> Encoding.AUTO;
      case "UTF_8", "UTF8" -> Encoding.UTF_8;
      case "SHIFT_JIS", "SJIS", "WINDOWS_31J", "MS932", "CP932" -> Encoding.SHIFT_JIS;
      default ->
          throw new jp.azukari.platform.web.InvalidRequestException(
              "Choose the encoding AUTO, UTF-8 or SHIFT_JIS.");
    };
  }

  /** Decodes the whole file as UTF-8 in a fixed buffer, without keeping it. */
  private boolean isUtf8(String fileId) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    try (InputStream in = open(fileId)) {
      byte[] chunk = new byte[32 * 1024];
      boolean first = true;
      int n;
      while ((n = in.read(chunk)) != -1) {
        if (first && n >= 3 && Arrays.equals(Arrays.copyOf(chunk, 3), UTF8_BOM)) {
          return true;
        }
        first = false;
        bytes.put(chunk, 0, n).flip();
        CoderResult result = decoder.decode(bytes, chars, false);
        if (result.isError()) {
          return false;
        }
        bytes.compact();
        chars.clear();
      }
      bytes.flip();
      return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
    }
  }

  private static boolean startsWith(byte[] head, byte[] signature) {
    return head.length >= signature.length
        && Arrays.equals(Arrays.copyOf(head, signature.length), signature);
  }
}
