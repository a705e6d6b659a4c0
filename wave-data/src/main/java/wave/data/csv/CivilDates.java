package wave.data.csv;

/**
 * Proleptic Gregorian calendar arithmetic on plain ints (no {@code java.time} objects), for the CSV fast paths.
 * Algorithms from Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
 */
final class CivilDates {
    /** Nanoseconds in one day. */
    static final long NANOS_PER_DAY = 86_400_000_000_000L;
    /** Nanoseconds in one second. */
    static final long NANOS_PER_SECOND = 1_000_000_000L;

    private CivilDates() {
    }

    /** Days since 1970-01-01 of a valid year/month/day. */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** The date of a day number, packed as {@code year * 10_000 + month * 100 + day}. */
    static int civilFromDays(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return (int) year * 10_000 + month * 100 + day;
    }

    /** Number of days in a month of a year. */
    static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
