package org.cartellab.record;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The claim register, in file order.
 *
 * @param asOf   the review date of the file
 * @param claims the claims
 */
public record ClaimRegister(LocalDate asOf, List<Claim> claims) {
    public ClaimRegister {
        claims = List.copyOf(claims);
    }

    /**
     * The claims that match both filters (null means any).
     *
     * @param status a claim matches when it has this status
     * @param seed   a claim matches when this seed file id ("002") makes it
     */
    public List<Claim> select(ClaimStatus status, String seed) {
        return claims.stream().filter(c -> status == null || c.status() == status)
                .filter(c -> seed == null || c.seeds().contains(seed)).toList();
    }

    /** The claims of this seed that are not confirmed (conflicting, unverified or false). */
    public List<Claim> flagged(String seed) {
        return select(null, seed).stream().filter(c -> c.status().flagged()).toList();
    }

    /** Count of claims by status, every status present (zero when none). */
    public Map<ClaimStatus, Integer> countByStatus() {
        Map<ClaimStatus, Integer> out = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus s : ClaimStatus.values()) out.put(s, 0);
        for (Claim c : claims) out.merge(c.status(), 1, Integer::sum);
        return out;
    }
}
