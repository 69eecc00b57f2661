package id.padu.archive.internal.digitization;

import java.io.InputStream;
import java.util.function.Supplier;

/** One uploaded scan: its name as the operator's computer gave it and a way to read its bytes. */
record ScanUpload(String name, Supplier<InputStream> open) {
}
