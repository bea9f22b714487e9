package io.awstrader.engine.data;

/** UTC calendar dates to and from epoch milliseconds, without java.time (kept small for TeaVM). */
final class UtcTime {
    private static final double DAY = 86_400_000.0;

    private UtcTime() {
    }

    /**
     * Epoch ms of {@code yyyy-MM-dd}, optionally followed by {@code [ T]HH:mm[:ss[.fff]]} and {@code Z} or an offset
     * {@code ±HH:mm}/{@code ±HHmm}; NaN when the text is not such a date.
     */
    static double parse(String text) {
        String s = text.trim();
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return Double.NaN;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return Double.NaN;
        }
        double millis = daysFromCivil(year, month, day) * DAY;
        int pos = 10;
        if (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == 'T')) {
            if (s.length() < pos + 6 || s.charAt(pos + 3) != ':') {
                return Double.NaN;
            }
            int hour = digits(s, pos + 1, 2);
            int minute = digits(s, pos + 4, 2);
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
                return Double.NaN;
            }
            millis += hour * 3_600_000.0 + minute * 60_000.0;
            pos += 6;
            if (pos < s.length() && s.charAt(pos) == ':') {
                int second = digits(s, pos + 1, 2);
                if (second < 0 || second > 59) {
                    return Double.NaN;
                }
                millis += second * 1000.0;
                pos += 3;
                if (pos < s.length() && s.charAt(pos) == '.') {
                    int end = pos + 1;
                    while (end < s.length() && isDigit(s.charAt(end))) {
                        end++;
                    }
                    if (end == pos + 1) {
                        return Double.NaN;
                    }
                    millis += Double.parseDouble("0" + s.substring(pos, end)) * 1000.0;
                    pos = end;
                }
            }
        }
        return pos == s.length() ? millis : applyZone(millis, s.substring(pos));
    }

    /** {@code yyyy-MM-dd HH:mm} in UTC (with {@code :ss} when the seconds are not zero), for messages. */
    static String format(double epochMillis) {
        if (Double.isNaN(epochMillis) || Double.isInfinite(epochMillis)) {
            return String.valueOf(epochMillis);
        }
        double dayNumber = Math.floor(epochMillis / DAY);
        int secondOfDay = (int) Math.floor((epochMillis - dayNumber * DAY) / 1000.0);
        int z = (int) dayNumber + 719_468;
        int era = (z >= 0 ? z : z - 146_096) / 146_097;
        int doe = z - era * 146_097;
        int yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int mp = (5 * doy + 2) / 153;
        int day = doy - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        StringBuilder out = new StringBuilder(19);
        out.append(year).append('-');
        two(out, month).append('-');
        two(out, day).append(' ');
        two(out, secondOfDay / 3600).append(':');
        two(out, secondOfDay / 60 % 60);
        if (secondOfDay % 60 != 0) {
            two(out.append(':'), secondOfDay % 60);
        }
        return out.toString();
    }

    private static double applyZone(double millis, String zone) {
        if (zone.equals("Z")) {
            return millis;
        }
        char sign = zone.charAt(0);
        if (sign != '+' && sign != '-') {
            return Double.NaN;
        }
        int hours;
        int minutes;
        if (zone.length() == 6 && zone.charAt(3) == ':') {
            hours = digits(zone, 1, 2);
            minutes = digits(zone, 4, 2);
        } else if (zone.length() == 5) {
            hours = digits(zone, 1, 2);
            minutes = digits(zone, 3, 2);
        } else {
            return Double.NaN;
        }
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
            return Double.NaN;
        }
        double offset = hours * 3_600_000.0 + minutes * 60_000.0;
        // A local time ahead of UTC (+02:00) is a UTC time earlier by the offset.
        return sign == '+' ? millis - offset : millis + offset;
    }

    private static StringBuilder two(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }

    /** The non-negative number written by {@code count} digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
    private static int daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
