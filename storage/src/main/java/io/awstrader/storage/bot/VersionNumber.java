package io.awstrader.storage.bot;

/** A bot version number {@code major.minor}, ordered numerically (2.0 before 10.0). */
public record VersionNumber(int major, int minor) implements Comparable<VersionNumber> {
    public VersionNumber {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("version numbers are not negative, got " + major + "." + minor);
        }
    }

    /** Parses {@code "1.2"}. */
    public static VersionNumber parse(String text) {
        int dot = text == null ? -1 : text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1 || text.length() > 21) {
            throw new IllegalArgumentException("bad version number '" + text + "': expected MAJOR.MINOR such as 1.0");
        }
        try {
            return new VersionNumber(Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad version number '" + text + "': expected MAJOR.MINOR such as 1.0");
        }
    }

    @Override
    public int compareTo(VersionNumber other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
