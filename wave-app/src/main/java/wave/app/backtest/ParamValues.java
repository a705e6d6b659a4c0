package wave.app.backtest;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import wave.spec.SpecParams;

/** A strategy's parameter values by name, in declaration order, for summaries and reports. */
public final class ParamValues {
    private ParamValues() {
    }

    /** The values of a parameter record (a spec's parameters by their spec names). */
    public static Map<String, Object> of(Record params) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (params instanceof SpecParams spec) {
            values.putAll(spec.values());
        } else {
            for (RecordComponent component : params.getClass().getRecordComponents()) {
                try {
                    values.put(component.getName(), component.getAccessor().invoke(params));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read parameter " + component.getName(), e);
                }
            }
        }
        return Collections.unmodifiableMap(values);
    }
}
