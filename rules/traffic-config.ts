import { defineRule, reportNaming } from "../src/lint/define-rule.js";
import { containsVariable, get, isPartial, isSeq, mapItems, num, str } from "../src/lint/yaml/located.js";

export default defineRule({
  id: "traffic-config",
  defaultSeverity: "error",
  summary: "Traffic routes name served entities of the endpoint, with integer percentages summing to 100",
  fixable: "never",
  messages: {
    unknownEntity: "route names \"{name}\", which is not a served entity of this endpoint{hint}",
    missingName: "route names no served entity (served_entity_name or served_model_name)",
    notInteger: "traffic_percentage {value} is not a whole number",
    outOfRange: "traffic_percentage {value} is outside 0..100",
    badSum: "traffic percentages sum to {sum}, not 100",
    missingTraffic: "{count} served entities need a traffic_config saying how to split requests",
    duplicateRoute: "\"{name}\" has more than one route",
  },
  check(facts, _ctx, reportAt) {
    for (const ep of facts.endpoints) {
      const report = reportNaming(ep.sentBy, reportAt);
      const traffic = ep.trafficConfig;
      if (!traffic) {
        // A target's override may leave traffic_config to the top-level resource it is merged onto;
        // a Python config with a spread may hold it; a partial update leaves it to the live endpoint.
        if (ep.servedEntities.length > 1 && ep.target === undefined && !ep.partial && !isPartial(ep.config)) {
          report("missingTraffic", ep.servedEntitiesNode ?? ep.node, { count: ep.servedEntities.length });
        }
        continue;
      }
      const routesNode = get(traffic, "routes");
      if (!isSeq(routesNode)) continue;
      const names = new Set<string>();
      // A route matches an entity name written the same way (variables included). An entity
      // name that holds a ${...} may become any name: then a route naming no entity is not judged.
      // Sums and duplicate routes stay on.
      const list = ep.servedEntitiesNode;
      // A target's override is merged onto the top-level resource, and the CLI merges lists by appending:
      // its routes may name the top-level entities, and the top-level routes add to its percentages.
      const override = ep.target !== undefined;
      // A partial update (Python) keeps the live endpoint's entities, which routes may name.
      let namesKnown = !override && !ep.partial && (list === undefined || (isSeq(list) && !isPartial(list) && list.items.every((i) => i.kind === "map")));
      for (const e of ep.servedEntities) {
        if (e.name) names.add(e.name.value);
        else if (e.defaultNames.length) e.defaultNames.forEach((n) => names.add(n));
        else namesKnown = false;
        if (e.name ? containsVariable(e.name.value) : e.defaultNames.some(containsVariable)) namesKnown = false;
      }
      let sum = 0;
      // A route we cannot read (a Python spread, a value known at run time) may carry any percentage.
      let sumKnown = !override && !isPartial(routesNode) && routesNode.items.every((i) => i.kind === "map");
      const routed = new Set<string>();
      for (const route of mapItems(routesNode)) {
        const nameNode = get(route, "served_entity_name") ?? get(route, "served_model_name");
        const name = str(nameNode);
        if (!nameNode) {
          if (!isPartial(route)) report("missingName", route);
        }
        else if (name) {
          if (namesKnown && !names.has(name.value) && !containsVariable(name.value)) {
            const hint = names.size ? ` (served entities: ${[...names].join(", ")})` : "";
            report("unknownEntity", name, { name: name.value, hint });
          }
          if (routed.has(name.value)) report("duplicateRoute", name, { name: name.value });
          routed.add(name.value);
        }
        const pctNode = get(route, "traffic_percentage");
        const pct = num(pctNode);
        if (!pct) {
          sumKnown = false; // missing or not a number: the schema rule reports it
          continue;
        }
        if (!Number.isInteger(pct.value)) report("notInteger", pct, { value: pct.value });
        else if (pct.value < 0 || pct.value > 100) report("outOfRange", pct, { value: pct.value });
        sum += pct.value;
      }
      if (sumKnown && routesNode.items.length > 0 && sum !== 100) report("badSum", routesNode, { sum });
    }
  },
});
