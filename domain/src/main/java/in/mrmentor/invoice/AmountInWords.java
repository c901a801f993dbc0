package in.mrmentor.invoice;

/**
 * An amount of paise in words in the Indian numbering system (thousand, lakh, crore), as invoices in
 * India print it: {@code 118000} paise is "Rupees One Thousand One Hundred Eighty Only", {@code 12345678901}
 * paise "Rupees Twelve Crore Thirty Four Lakh Fifty Six Thousand Seven Hundred Eighty Nine and One Paisa Only".
 */
public final class AmountInWords {
    private static final String[] ONES = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
            "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"};

    private AmountInWords() {
    }

    public static String of(long paise) {
        if (paise < 0) {
            return "Minus " + of(-paise);
        }
        long rupees = paise / 100;
        int rest = (int) (paise % 100);
        StringBuilder words = new StringBuilder("Rupees ").append(number(rupees));
        if (rest > 0) {
            words.append(" and ").append(belowHundred(rest)).append(rest == 1 ? " Paisa" : " Paise");
        }
        return words.append(" Only").toString();
    }

    /** A whole number in words, grouped as Indian numbering does: crore, lakh, thousand, hundred. */
    public static String number(long n) {
        if (n == 0) {
            return ONES[0];
        }
        StringBuilder words = new StringBuilder();
        long crores = n / 10_000_000;
        long rest = n % 10_000_000;
        if (crores > 0) {
            words.append(number(crores)).append(" Crore");
        }
        int lakhs = (int) (rest / 100_000);
        rest %= 100_000;
        int thousands = (int) (rest / 1_000);
        rest %= 1_000;
        int hundreds = (int) (rest / 100);
        int belowHundred = (int) (rest % 100);
        append(words, lakhs, " Lakh");
        append(words, thousands, " Thousand");
        append(words, hundreds, " Hundred");
        if (belowHundred > 0) {
            words.append(words.length() > 0 ? " " : "").append(belowHundred(belowHundred));
        }
        return words.toString();
    }

    private static void append(StringBuilder words, int count, String unit) {
        if (count > 0) {
            words.append(words.length() > 0 ? " " : "").append(belowHundred(count)).append(unit);
        }
    }

    private static String belowHundred(int n) {
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
    }
}
