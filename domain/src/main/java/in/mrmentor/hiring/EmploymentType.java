package in.mrmentor.hiring;

/** How a post employs (Odoo's contract types, as the spec lists them). */
public enum EmploymentType {
    FULL_TIME, PART_TIME, INTERNSHIP, CONTRACT
}
