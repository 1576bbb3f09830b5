package org.cartellab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network loader on small hand-written folders: byte-order marks, accents, and every kind of malformed file. */
class NetworkDataLoaderTest {
    static final String BOM = "\uFEFF";
    static final String CJNG = "Cártel Jalisco Nueva Generación (CJNG)";

    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    /** A valid three-organisation folder; each test then breaks one file. */
    private void validFolder(boolean bom) throws IOException {
        String b = bom ? BOM : "";
        write("BACRIM2020_Nodes.csv", b + "Node,Group,State,ShortName\r\n"
                + "N1," + CJNG + ",Jalisco,CJNG\r\n"
                + "N2,Cártel de Sinaloa,Sinaloa,Sinaloa\r\n"
                + "N3,A person's band,Michoacán,Band\r\n");
        write("BACRIM2020_Rivals.csv", b + "Edge,Node,Group,RNode,RGroup,weight\r\n"
                + "E1,N1,x,N2,y,13\r\nE2,N2,y,N1,x,7\r\n");
        write("BACRIM2020_Alliances.csv", b + "Edge,Node,Group,RNode,RGroup,weight\r\n"
                + "R1,N1,x,N3,z,2\r\n");
        write("BACRIM2020_person_labelled_nodes.csv", b + "Node,State,NeutralLabel\r\n"
                + "N3,Michoacán,Group N3 (Michoacán)\r\n");
    }

    @Test
    void byteOrderMarkIsSkippedAndAccentsAreReadIntact() throws IOException {
        for (boolean bom : new boolean[] {true, false}) {
            validFolder(bom);
            NetworkData data = NetworkDataLoader.fromDirectory(dir);
            assertThat(data.cartels()).extracting(Cartel::node).as("bom=%s", bom).containsExactly("N1", "N2", "N3");
            assertThat(data.cartels().get(0).label()).isEqualTo(CJNG);
            assertThat(data.cartels().get(1).label()).isEqualTo("Cártel de Sinaloa");
            assertThat(data.cartels().get(2).state()).isEqualTo("Michoacán");
            assertThat(data.rivalries()).containsExactly(new Edge("N1", "N2", 13), new Edge("N2", "N1", 7));
        }
    }

    @Test
    void personLabelledGroupsGetTheirNeutralLabel() throws IOException {
        validFolder(true);
        Cartel c = NetworkDataLoader.fromDirectory(dir).cartels().get(2);
        assertThat(c.personLabelled()).isTrue();
        assertThat(c.label()).isEqualTo("Group N3 (Michoacán)");
        assertThat(c.shortLabel()).isEqualTo("Group N3 (Michoacán)");
    }

    @Test
    void theBundledDataKeepsAccentedNames() {
        assertThat(BundledData.network().cartels()).extracting(Cartel::label).contains(CJNG, "Cártel de Sinaloa");
        assertThat(BundledData.network().cartels()).hasSize(150);
    }

    @Test
    void aBadWeightNamesFileLineAndField() throws IOException {
        validFolder(true);
        write("BACRIM2020_Rivals.csv", BOM + "Edge,Node,Group,RNode,RGroup,weight\nE1,N1,x,N2,y,13\nE2,N2,y,N1,x,seven\n");
        assertFails("BACRIM2020_Rivals.csv", 3, "weight", "expected a number, found 'seven'");
        write("BACRIM2020_Rivals.csv", "Edge,Node,Group,RNode,RGroup,weight\nE1,N1,x,N2,y,-2\n");
        assertFails("BACRIM2020_Rivals.csv", 2, "weight", "expected a number >= 0");
    }

    @Test
    void anUnknownNodeIdNamesFileLineAndField() throws IOException {
        validFolder(true);
        write("BACRIM2020_Alliances.csv", "Edge,Node,Group,RNode,RGroup,weight\nR1,N1,x,N3,z,2\nR2,N1,x,N99,q,1\n");
        assertFails("BACRIM2020_Alliances.csv", 3, "RNode", "unknown node id");
    }

    @Test
    void aMissingColumnNamesFileLineAndField() throws IOException {
        validFolder(true);
        write("BACRIM2020_Nodes.csv", BOM + "Node,Group,ShortName\nN1,a,b\n");
        assertFails("BACRIM2020_Nodes.csv", 1, "State", "missing column");
    }

    @Test
    void aWrongFieldCountNamesFileLineAndField() throws IOException {
        validFolder(true);
        write("BACRIM2020_Nodes.csv", "Node,Group,State,ShortName\nN1,a,Jalisco,a\nN2,b,Sinaloa\nN3,c,Colima,c\n");
        assertFails("BACRIM2020_Nodes.csv", 3, "ShortName", "expected 4 fields, found 3");
        write("BACRIM2020_Nodes.csv", "Node,Group,State,ShortName\nN1,a,Jalisco,a\nN2,b,Sinaloa,b,extra");
        assertFails("BACRIM2020_Nodes.csv", 3, "(after ShortName)", "expected 4 fields, found 5");
    }

    @Test
    void aDuplicateNodeNamesFileLineAndField() throws IOException {
        validFolder(true);
        write("BACRIM2020_Nodes.csv", "Node,Group,State,ShortName\nN1,a,Jalisco,a\nN2,b,Sinaloa,b\nN1,c,Colima,c\n");
        assertFails("BACRIM2020_Nodes.csv", 4, "Node", "duplicate node id 'N1'");
    }

    private void assertFails(String file, long line, String field, String problem) {
        assertThatThrownBy(() -> NetworkDataLoader.fromDirectory(dir))
                .isInstanceOfSatisfying(DataFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                })
                .hasMessageContaining(file + ", line " + line + ", field '" + field + "'")
                .hasMessageContaining(problem);
    }
}
