package in.mrmentor.invoice.port;

import in.mrmentor.invoice.HsnSac;

import java.util.List;
import java.util.Optional;

/** The HSN/SAC master ({@code superadmin.hsn_sac_master}); 999293 is seeded. */
public interface HsnSacCodes {

    Optional<HsnSac> find(String code);

    /** By code. */
    List<HsnSac> all();

    /** @return false when the code is already in the master */
    boolean add(HsnSac entry);
}
