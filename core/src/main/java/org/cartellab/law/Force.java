package org.cartellab.law;

/**
 * How coercive the conduct is: lethal force; non-forcible interference (cyber, financial or covert measures that
 * coerce another state's domain without force, the ground of the non-intervention principle); or none (cooperation,
 * domestic measures, sanctions on property under US jurisdiction).
 */
public enum Force {
    LETHAL("lethal"), NON_FORCIBLE("non_forcible"), NONE("none");

    private final String id;

    Force(String id) { this.id = id; }

    public String id() { return id; }

    public static Force fromId(String id) {
        for (Force f : values()) if (f.id.equals(id)) return f;
        return null;
    }
}
