package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wave report --export DIR --sectors FILE}: every table as CSV and JSON, checked cell by cell on a small run. */
class ReportExportTest {
    private static final String TRADES = """
            instrument,side,entry_time,exit_time,quantity,entry_price,exit_price,gross_pnl,commission,net_pnl
            AAA.SIM,LONG,2024-01-31,2024-02-29,10,10,20,100,1,99
            BBB.SIM,LONG,2024-02-29,2024-03-29,5,20,10,-50,0.5,-50.5
            AAA.SIM,SHORT,2024-02-29,2024-03-29,1,30,20,10,0.25,9.75
            """;

    @Test
    void everyTableIsExportedAsCsvAndJson(@TempDir Path dir) throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("equity.csv"), "time,equity\n2024-01-31,1000\n2024-02-29,1100\n2024-03-29,1045\n");
        Files.writeString(run.resolve("trades.csv"), TRADES);
        Files.writeString(run.resolve("summary.json"),
                "{\"strategy\":\"demo\",\"currency\":\"USD\",\"metrics\":{\"total_return\":0.045,\"closed_trades\":3}}");
        Path sectors = Files.writeString(dir.resolve("sectors.csv"), "symbol,gics_sector\nAAA,Energy\nCCC,Utilities\n");
        Path export = dir.resolve("tables");

        Cli report = Cli.run("report", run.toString(), "--export", export.toString(), "--sectors", sectors.toString());

        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(report.out()).contains("wrote tables to " + export);
        assertThat(Files.readString(export.resolve("metrics.csv"))).isEqualTo("metric,strategy\ntotal_return,0.045\nclosed_trades,3\n");
        assertThat(Files.readString(export.resolve("monthly-returns.csv")))
                .isEqualTo("year,1,2,3,4,5,6,7,8,9,10,11,12\n2024,0.00%,10.00%,-5.00%,,,,,,,,,\n");
        assertThat(Files.readString(export.resolve("trades.csv"))).isEqualTo(TRADES);
        assertThat(Files.readString(export.resolve("attribution.csv"))).isEqualTo("""
                instrument,trades,net_pnl,commission,share_of_net_pnl
                AAA.SIM,2,108.75,1.25,1.8670
                BBB.SIM,1,-50.50,0.50,-0.8670
                """);
        assertThat(Files.readString(export.resolve("attribution-sectors.csv"))).isEqualTo("""
                sector,trades,net_pnl,commission,share_of_net_pnl
                Energy,2,108.75,1.25,1.8670
                unknown,1,-50.50,0.50,-0.8670
                """);
        json(export, "metrics", "[{\"metric\":\"total_return\",\"strategy\":0.045},{\"metric\":\"closed_trades\",\"strategy\":3}]");
        json(export, "monthly-returns", "[{\"year\":2024,\"1\":\"0.00%\",\"2\":\"10.00%\",\"3\":\"-5.00%\",\"4\":\"\",\"5\":\"\",\"6\":\"\","
                + "\"7\":\"\",\"8\":\"\",\"9\":\"\",\"10\":\"\",\"11\":\"\",\"12\":\"\"}]");
        json(export, "trades", "[{\"instrument\":\"AAA.SIM\",\"side\":\"LONG\",\"entry_time\":\"2024-01-31\",\"exit_time\":\"2024-02-29\","
                + "\"quantity\":10,\"entry_price\":10,\"exit_price\":20,\"gross_pnl\":100,\"commission\":1,\"net_pnl\":99},"
                + "{\"instrument\":\"BBB.SIM\",\"side\":\"LONG\",\"entry_time\":\"2024-02-29\",\"exit_time\":\"2024-03-29\","
                + "\"quantity\":5,\"entry_price\":20,\"exit_price\":10,\"gross_pnl\":-50,\"commission\":0.5,\"net_pnl\":-50.5},"
                + "{\"instrument\":\"AAA.SIM\",\"side\":\"SHORT\",\"entry_time\":\"2024-02-29\",\"exit_time\":\"2024-03-29\","
                + "\"quantity\":1,\"entry_price\":30,\"exit_price\":20,\"gross_pnl\":10,\"commission\":0.25,\"net_pnl\":9.75}]");
        json(export, "attribution", "[{\"instrument\":\"AAA.SIM\",\"trades\":2,\"net_pnl\":108.75,\"commission\":1.25,\"share_of_net_pnl\":1.8670},"
                + "{\"instrument\":\"BBB.SIM\",\"trades\":1,\"net_pnl\":-50.50,\"commission\":0.50,\"share_of_net_pnl\":-0.8670}]");
        json(export, "attribution-sectors", "[{\"sector\":\"Energy\",\"trades\":2,\"net_pnl\":108.75,\"commission\":1.25,\"share_of_net_pnl\":1.8670},"
                + "{\"sector\":\"unknown\",\"trades\":1,\"net_pnl\":-50.50,\"commission\":0.50,\"share_of_net_pnl\":-0.8670}]");
        String html = Files.readString(run.resolve("tearsheet.html"));
        assertThat(html).contains("id=\"attribution\"", "id=\"attribution-sectors\"", "<tr><td>Energy</td><td>2</td><td>108.75</td>");
    }

    private static void json(Path dir, String table, String expected) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(dir.resolve(table + ".json").toFile())).as(table).isEqualTo(mapper.readTree(expected));
    }
}
