import io.awstrader.engine.json.*;
import java.nio.file.*;
public class StatsParity { public static void main(String[] a) throws Exception {
  JsonArray runs = Json.parse(Files.readString(Path.of("stats-runs.json"))).asArray();
  int same = 0, shown = 0;
  for (JsonValue r : runs.items()) {
    String jvm = io.awstrader.webclient.worker.EngineModule.statsJson(r.asObject().get("input").asString());
    String tv = r.asObject().get("teavm").asString();
    if (jvm.equals(tv)) { same++; continue; }
    String[] jl = jvm.split("\n"), tl = tv.split("\n");
    for (int i = 0; i < Math.min(jl.length, tl.length) && shown < 30; i++) if (!jl[i].equals(tl[i])) { shown++;
      System.out.println("line " + i + " JVM: " + (jl[i].length() > 200 ? "(input, " + jl[i].length() + " chars)" : jl[i]) + "  TeaVM: " + (tl[i].length() > 200 ? "(input, " + tl[i].length() + " chars)" : tl[i])); }
  }
  System.out.println("JVM vs TeaVM byte-identical: " + same + "/" + runs.size());
}}
