package org.deltanet.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/** The hyper-parameters the runs page shows, picked from a resolved experiment's dotted keys. */
final class HyperParameters {

    private static final String[] KEYS = {
        "optimizer.name", "optimizer.learning-rate", "training.mode", "training.batch-size", "training.epochs", "loss"
    };

    private HyperParameters() {}

    static Map<String, String> of(Map<String, String> experiment) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String key : KEYS) {
            String value = experiment.get(key);
            if (value != null) {
                params.put(key, value);
            }
        }
        StringBuilder layers = new StringBuilder();
        for (int l = 0; experiment.containsKey("model.layers[" + l + "].units"); l++) {
            layers.append(l == 0 ? "" : ", ").append(experiment.get("model.layers[" + l + "].units"));
            String activation = experiment.get("model.layers[" + l + "].activation");
            if (activation != null) {
                layers.append(' ').append(activation);
            }
        }
        if (layers.length() > 0) {
            params.put("layers", layers.toString());
        }
        return params;
    }
}
