package io.github.poolclient.hygiene;

import com.google.common.collect.ImmutableSet;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the constant pool of a class file: the classes it names and the members it calls. Only what
 * a dependency test needs; see JVMS 4.4.
 */
final class ClassFileScanner {
  private ClassFileScanner() {}

  /** What one class file refers to. */
  record References(ImmutableSet<String> classes, ImmutableSet<String> members) {}

  static References scan(Path classFile) throws IOException {
    try (InputStream in = Files.newInputStream(classFile)) {
      return scan(new DataInputStream(in));
    }
  }

  private static References scan(DataInputStream in) throws IOException {
    in.readInt(); // magic
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classNameIndex = new int[count];
    int[] refClass = new int[count];
    int[] refNameAndType = new int[count];
    int[] natName = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classNameIndex[i] = in.readUnsignedShort();
        case 9, 10, 11 -> {
          refClass[i] = in.readUnsignedShort();
          refNameAndType[i] = in.readUnsignedShort();
        }
        case 12 -> {
          natName[i] = in.readUnsignedShort();
          in.readUnsignedShort();
        }
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++; // 8-byte constants take two slots
        }
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        case 17, 18 -> in.readInt();
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    ImmutableSet.Builder<String> classes = ImmutableSet.builder();
    ImmutableSet.Builder<String> members = ImmutableSet.builder();
    for (int i = 1; i < count; i++) {
      if (classNameIndex[i] != 0) {
        classes.add(utf8[classNameIndex[i]]);
      }
      if (refClass[i] != 0) {
        String owner = utf8[classNameIndex[refClass[i]]];
        String name = utf8[natName[refNameAndType[i]]];
        members.add(owner + "." + name);
      }
    }
    // Descriptors and signatures name classes too (e.g. a field of type java.io.File).
    for (String s : utf8) {
      if (s != null) {
        classes.add(s);
      }
    }
    return new References(classes.build(), members.build());
  }
}
