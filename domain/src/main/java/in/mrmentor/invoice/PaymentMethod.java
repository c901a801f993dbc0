package in.mrmentor.invoice;

public enum PaymentMethod {
    RAZORPAY,
    BANK_TRANSFER,
    CASH,
    OTHER
}
