package org.cartellab.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartellab.data.BundledData;
import org.cartellab.data.Cartel;
import org.cartellab.data.DataSet;
import org.cartellab.data.NetworkData;

/** The bundled data sets with their sources and changes, and facts about the network data a reader must know. */
public final class DataProvenance {
    private DataProvenance() {}

    public static Map<String, Object> describe() {
        List<Map<String, String>> sets = new ArrayList<>();
        for (DataSet d : DataSet.values()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", d.name().toLowerCase(Locale.ROOT));
            m.put("file", d.file());
            m.put("description", d.description());
            m.put("citation", d.citation());
            m.put("changes", d.changes());
            sets.add(m);
        }
        NetworkData n = BundledData.network();
        List<String> nonCartel = n.cartels().stream().filter(Cartel::isNonCartelOrganisation).map(Cartel::label).toList();
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("organisations", n.cartels().size());
        network.put("rivalries", n.rivalries().size());
        network.put("alliances", n.alliances().size());
        network.put("person_labelled_replaced", n.cartels().stream().filter(Cartel::personLabelled).count());
        network.put("non_cartel_organisations", nonCartel);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("datasets", sets);
        out.put("network", network);
        return out;
    }
}
