// Every string the pages show, in English and Spanish. Keys are stable; pages look them up with t(key).
export const DICTIONARY = {
  en: {
    'app.title': 'Cartel Policy Lab',
    'app.tagline': 'Open, reproducible analysis of US and Mexican policy toward the Mexican drug cartels. Organisations and totals only.',
    'nav.label': 'Main',
    'nav.simulator': 'Simulator',
    'nav.compare': 'Compare courses of action',
    'nav.sources': 'Sources and limits',
    'lang.label': 'Language',
    'lang.switch': 'Español',
    'skip': 'Skip to content',
    'common.loading': 'Loading…',
    'common.error': 'Something went wrong: {0}',
    'common.unavailable': 'Not available yet: {0}.',

    'sim.heading': 'Network simulator',
    'sim.intro': 'The network model of Prieto-Curiel, Campedelli & Hope (Science, 2023): 150 organisations, their 2020 rivalries and alliances, weekly from January 2012. Move a lever to change a rate of the model from the chosen week; the dashed line is the status quo.',
    'sim.controls': 'Scenario',
    'sim.timing': 'Timing',
    'sim.weeks': 'Horizon (end of run)',
    'sim.weeks.help': 'Weeks from 1 January 2012; 1040 weeks reach the end of 2031.',
    'sim.from': 'Levers start',
    'sim.from.help': 'The week the multipliers below take effect; week 520 (19 December 2021) ends the calibration window.',
    'sim.reset': 'Reset to status quo',
    'sim.uncertainty': 'Uncertainty',
    'sim.bands': 'Show uncertainty bands',
    'sim.bands.help': 'Runs an ensemble in the background (parameters drawn in an illustrative box; see Sources). Shaded: 5th to 95th percentile.',
    'sim.bands.running': 'Ensemble running: {0} of {1} runs…',
    'sim.bands.done': 'Bands from {0} runs.',
    'sim.download': 'Download and share',
    'sim.download.yaml': 'Scenario (YAML)',
    'sim.download.csv': 'Weekly results (CSV)',
    'sim.copy': 'Copy link to this scenario',
    'sim.copied': 'Link copied.',
    'sim.link.help': 'The address bar always holds this scenario: a link reproduces it.',
    'sim.results': 'Results',
    'sim.chart.members': 'Cartel members',
    'sim.chart.deaths': 'Casualties per week (cartel members killed)',
    'sim.chart.incapacitations': 'Incapacitations per week (arrests and incarceration)',
    'sim.chart.prison': 'Prison-years need the cohort engine, which this build does not include.',
    'sim.series.scenario': 'Scenario',
    'sim.series.statusquo': 'Status quo',
    'sim.series.band': '{0}: 5–95% band',
    'sim.summary': 'At the horizon ({0})',
    'sim.summary.members': 'Members: {0} (status quo {1}, {2})',
    'sim.summary.deaths': 'Casualties from the levers’ start: {0} (status quo {1}, {2})',
    'sim.summary.collapse': 'The cartels collapse in week {0} ({1}): the model no longer applies after that.',
    'sim.status.updated': 'Charts updated.',
    'sim.weekof': 'week {0}',
    'group.flows_in': 'Who joins',
    'group.enforcement': 'Enforcement',
    'group.violence': 'Violence between groups',
    'group.flows_out': 'Who leaves',
    'group.other': 'Other levers',
    'lever.recruitment.label': 'Recruitment',
    'lever.recruitment.help': 'Multiplies the weekly recruitment rate. Prevention, jobs and demand reduction act here; 0.5 halves recruitment.',
    'lever.incapacitation.label': 'Incapacitation',
    'lever.incapacitation.help': 'Multiplies the members arrested or imprisoned each week (110 a week at the reference).',
    'lever.conflict.label': 'Conflict between rivals',
    'lever.conflict.help': 'Multiplies the intensity of violence between rival organisations.',
    'lever.saturation.label': 'Saturation (leaving)',
    'lever.saturation.help': 'Multiplies how fast members leave as organisations grow.',
    'lever.value': '×{0}',

    'cmp.heading': 'Compare courses of action',
    'cmp.intro': 'Each course of action is a set of levers on the models, with its legal basis, its risks and the evidence behind every number.',
    'cmp.choose': 'Courses of action to compare',
    'cmp.horizon': 'Horizon',
    'cmp.run': 'Compare',
    'cmp.matrix': 'Decision matrix',
    'cmp.matrix.caption': 'Modelled outcomes: central value with low–high range; risks rated 0 (none) to 4 (severe).',
    'cmp.course': 'Course of action',
    'cmp.details': 'Details, legal basis and evidence',
    'cmp.summary': 'Summary',
    'cmp.levers': 'Levers',
    'cmp.legal': 'Legal basis and constraints',
    'cmp.risks': 'Risks',
    'cmp.outside': 'Outside the model',
    'cmp.seeds': 'Reported in seed articles: {0}',
    'cmp.assumption': 'assumption',
    'cmp.sources': 'sources: {0}',
    'cmp.starts': 'from week {0}, full effect after {1} weeks',
    'cmp.cooperation': 'scaled by Mexico’s cooperation',
    'cmp.none': 'none',
    'cmp.statusquo': 'Status quo (no levers)',
    'cmp.authority': 'authority',
    'cmp.constraint': 'constraint',
    'cmp.pick': 'Choose at least one course of action.',
    'risk.level.0': 'none', 'risk.level.1': 'low', 'risk.level.2': 'moderate', 'risk.level.3': 'high', 'risk.level.4': 'severe',
    'risk.HARM_TO_US_PERSONS': 'Harm to US persons',
    'risk.CARTEL_RETALIATION': 'Cartel retaliation',
    'risk.DIPLOMATIC_BACKLASH': 'Diplomatic backlash',
    'risk.SUCCESSION_VIOLENCE': 'Succession violence',
    'risk.ESCALATION': 'Escalation',
    'risk.CIVIL_LIBERTIES': 'Civil liberties',
    'msg.catalog not available in this build': 'the course-of-action catalog is not in this build',
    'msg.comparison not available in this build': 'the comparison engine is not in this build',

    'src.heading': 'Sources and limits',
    'src.intro': 'Every default and every effect size the product shows, with where it comes from; guesses are marked as assumptions with a range.',
    'src.parameters': 'Model parameters (network model)',
    'src.param.name': 'Parameter', 'src.param.value': 'Default', 'src.param.unit': 'Unit', 'src.param.bounds': 'Calibration bounds',
    'src.param.source': 'Source', 'src.param.note': 'Meaning',
    'src.levers': 'Simulator levers',
    'src.lever.range': 'Range', 'src.lever.basis': 'Basis',
    'src.ensemble': 'Uncertainty bands',
    'src.data': 'Bundled data',
    'src.data.file': 'File', 'src.data.what': 'Contents', 'src.data.citation': 'Source', 'src.data.changes': 'Changes from the original',
    'src.network': 'The 2020 network has {0} organisations, {1} rivalries and {2} alliances. {3} groups the data names after a person are shown only by neutral labels. The data also counts {4} among the organisations, which are not drug cartels.',
    'src.catalog': 'Course-of-action evidence',
    'src.limits': 'What the model cannot tell you',
    'param.recruitment': 'Recruitment (ρ)', 'param.incapacitation': 'Incapacitation (η)', 'param.conflict': 'Conflict (θ)',
    'param.saturation': 'Saturation (ω)', 'param.initial_members': 'Initial members (C₀)',
    'unit.recruitment': 'per week (recruits per member of all cartels)',
    'unit.incapacitation': 'members per week', 'unit.conflict': 'per member per week', 'unit.saturation': 'per member per week',
    'unit.initial_members': 'members on 1 January 2012',
    'note.recruitment': 'Weekly recruits are ρ times total members T: about 290 a week at 115,000 members.',
    'note.incapacitation': 'Members removed by arrest or incarceration each week, spread over organisations by size.',
    'note.conflict': 'Scales casualties from rivalries: θ · Cᵢ · (K C)ᵢ a week for organisation i.',
    'note.saturation': 'Members leaving as organisations grow: ω · Cᵢ² a week.',
    'note.initial_members': 'Total members at the start, split over organisations in proportion to 1/rank; the 2020 network is used for the whole run.',
    'src.lever.basis.multiplier': 'Range of the control, not a claim about any policy: a multiplier of 1 is the status quo.',
    'src.ensemble.box': 'Each run draws every parameter independently and uniformly in a box around the fitted values: ρ ±3 %, θ and ω ±20 %, η from 110 to 120 and C₀ from 110,000 to 115,000 (the last two are the paper’s calibration bounds). The box is an assumption for illustration, not a calibrated posterior; parameters a scenario sets explicitly stay fixed.',
    'data.nodes': 'Cartel presence in 2020 (150 organisations)',
    'data.rivalries': 'Directed rivalries between organisations in 2020, with weights',
    'data.alliances': 'Directed alliances between organisations in 2020, with weights',
    'data.person_labels': 'Neutral labels for groups the data names after a person',
    'data.trends': 'Yearly homicides, missing persons and arrests in Mexico, 2012-2021',
    'data.sentences': 'Prison sentences of respondents to the 2021 national survey of the prison population',
    'data.changes.relabelled': 'Names of the 35 groups the data labels with a person’s name are replaced by neutral labels; every id, state and number is unchanged.',
    'data.changes.none': 'none',
    'limits': [
      'An aggregate model: each organisation is a number of members following a deterministic differential equation. It says nothing about individuals, places or operations, and has no chance in it; the uncertainty bands come from varying its parameters only.',
      'The network is the one observed in 2020 and stays fixed for the whole run, 2012 included: no splits, mergers, new groups or shifting alliances.',
      'The model was fitted to casualties only, taken as 10% of homicides plus missing persons (an assumption of the paper); arrests were left out of the fit. Two fitted parameters (incapacitation and saturation) sit at the edge of the range searched.',
      'The paper gives no uncertainty for its fitted values. The bands here draw parameters in an illustrative box around them; they show sensitivity, not a probability.',
      'The 150 organisations include a community police organisation (UPOEG) and an insurgent group (ERPI), as in the source data.',
      'Levers multiply the model’s rates. They stand for no particular policy: how a course of action maps to levers, and with what evidence, is set out in the catalog.',
      'Beyond 2022 every curve is a projection under constant conditions. Outcomes outside the model (overdose deaths in the US, retaliation, diplomacy, legal exposure) are shown separately and never as model output.',
      'If total members fall below one the model has collapsed and the run stops; it does not describe what would happen next.'
    ],
    'footer': 'Strategic and aggregate only: organisations and totals, never persons or operations. Charts: Apache ECharts 5.6.0 (bundled).'
  },
  es: {
    'app.title': 'Cartel Policy Lab',
    'app.tagline': 'Análisis abierto y reproducible de las políticas de Estados Unidos y México frente a los cárteles mexicanos. Solo organizaciones y totales.',
    'nav.label': 'Principal',
    'nav.simulator': 'Simulador',
    'nav.compare': 'Comparar cursos de acción',
    'nav.sources': 'Fuentes y límites',
    'lang.label': 'Idioma',
    'lang.switch': 'English',
    'skip': 'Ir al contenido',
    'common.loading': 'Cargando…',
    'common.error': 'Algo salió mal: {0}',
    'common.unavailable': 'Aún no disponible: {0}.',

    'sim.heading': 'Simulador de la red',
    'sim.intro': 'El modelo de red de Prieto-Curiel, Campedelli y Hope (Science, 2023): 150 organizaciones con sus rivalidades y alianzas de 2020, semana a semana desde enero de 2012. Mueva una palanca para cambiar una tasa del modelo a partir de la semana elegida; la línea discontinua es el statu quo.',
    'sim.controls': 'Escenario',
    'sim.timing': 'Calendario',
    'sim.weeks': 'Horizonte (fin de la simulación)',
    'sim.weeks.help': 'Semanas desde el 1 de enero de 2012; 1040 semanas llegan al final de 2031.',
    'sim.from': 'Inicio de las palancas',
    'sim.from.help': 'Semana en que entran en vigor los multiplicadores; la semana 520 (19 de diciembre de 2021) cierra el periodo de calibración.',
    'sim.reset': 'Volver al statu quo',
    'sim.uncertainty': 'Incertidumbre',
    'sim.bands': 'Mostrar bandas de incertidumbre',
    'sim.bands.help': 'Calcula un conjunto de simulaciones en segundo plano (parámetros tomados de una caja ilustrativa; véase Fuentes). Sombreado: percentiles 5 a 95.',
    'sim.bands.running': 'Conjunto en curso: {0} de {1} simulaciones…',
    'sim.bands.done': 'Bandas de {0} simulaciones.',
    'sim.download': 'Descargar y compartir',
    'sim.download.yaml': 'Escenario (YAML)',
    'sim.download.csv': 'Resultados semanales (CSV)',
    'sim.copy': 'Copiar enlace a este escenario',
    'sim.copied': 'Enlace copiado.',
    'sim.link.help': 'La barra de direcciones guarda siempre este escenario: un enlace lo reproduce.',
    'sim.results': 'Resultados',
    'sim.chart.members': 'Integrantes de los cárteles',
    'sim.chart.deaths': 'Bajas por semana (integrantes muertos)',
    'sim.chart.incapacitations': 'Incapacitaciones por semana (detenciones y encarcelamiento)',
    'sim.chart.prison': 'Los años de prisión requieren el motor de cohortes, que esta versión no incluye.',
    'sim.series.scenario': 'Escenario',
    'sim.series.statusquo': 'Statu quo',
    'sim.series.band': '{0}: banda 5–95 %',
    'sim.summary': 'Al final del horizonte ({0})',
    'sim.summary.members': 'Integrantes: {0} (statu quo {1}, {2})',
    'sim.summary.deaths': 'Bajas desde el inicio de las palancas: {0} (statu quo {1}, {2})',
    'sim.summary.collapse': 'Los cárteles colapsan en la semana {0} ({1}): a partir de ahí el modelo deja de aplicarse.',
    'sim.status.updated': 'Gráficas actualizadas.',
    'sim.weekof': 'semana {0}',
    'group.flows_in': 'Quién entra',
    'group.enforcement': 'Aplicación de la ley',
    'group.violence': 'Violencia entre grupos',
    'group.flows_out': 'Quién sale',
    'group.other': 'Otras palancas',
    'lever.recruitment.label': 'Reclutamiento',
    'lever.recruitment.help': 'Multiplica la tasa semanal de reclutamiento. Aquí actúan la prevención, el empleo y la reducción de la demanda; 0.5 reduce el reclutamiento a la mitad.',
    'lever.incapacitation.label': 'Incapacitación',
    'lever.incapacitation.help': 'Multiplica los integrantes detenidos o encarcelados cada semana (110 por semana en la referencia).',
    'lever.conflict.label': 'Conflicto entre rivales',
    'lever.conflict.help': 'Multiplica la intensidad de la violencia entre organizaciones rivales.',
    'lever.saturation.label': 'Saturación (salidas)',
    'lever.saturation.help': 'Multiplica la rapidez con que los integrantes se retiran a medida que crecen las organizaciones.',
    'lever.value': '×{0}',

    'cmp.heading': 'Comparar cursos de acción',
    'cmp.intro': 'Cada curso de acción es un conjunto de palancas sobre los modelos, con su fundamento jurídico, sus riesgos y la evidencia detrás de cada cifra.',
    'cmp.choose': 'Cursos de acción que comparar',
    'cmp.horizon': 'Horizonte',
    'cmp.run': 'Comparar',
    'cmp.matrix': 'Matriz de decisión',
    'cmp.matrix.caption': 'Resultados modelados: valor central con rango bajo–alto; riesgos de 0 (ninguno) a 4 (grave).',
    'cmp.course': 'Curso de acción',
    'cmp.details': 'Detalles, fundamento jurídico y evidencia',
    'cmp.summary': 'Resumen',
    'cmp.levers': 'Palancas',
    'cmp.legal': 'Fundamento jurídico y restricciones',
    'cmp.risks': 'Riesgos',
    'cmp.outside': 'Fuera del modelo',
    'cmp.seeds': 'Mencionado en los artículos semilla: {0}',
    'cmp.assumption': 'supuesto',
    'cmp.sources': 'fuentes: {0}',
    'cmp.starts': 'desde la semana {0}, efecto pleno tras {1} semanas',
    'cmp.cooperation': 'escalado por la cooperación de México',
    'cmp.none': 'ninguno',
    'cmp.statusquo': 'Statu quo (sin palancas)',
    'cmp.authority': 'facultad',
    'cmp.constraint': 'restricción',
    'cmp.pick': 'Elija al menos un curso de acción.',
    'risk.level.0': 'ninguno', 'risk.level.1': 'bajo', 'risk.level.2': 'moderado', 'risk.level.3': 'alto', 'risk.level.4': 'grave',
    'risk.HARM_TO_US_PERSONS': 'Daño a personas estadounidenses',
    'risk.CARTEL_RETALIATION': 'Represalias de los cárteles',
    'risk.DIPLOMATIC_BACKLASH': 'Reacción diplomática',
    'risk.SUCCESSION_VIOLENCE': 'Violencia sucesoria',
    'risk.ESCALATION': 'Escalada',
    'risk.CIVIL_LIBERTIES': 'Libertades civiles',
    'msg.catalog not available in this build': 'el catálogo de cursos de acción no está en esta versión',
    'msg.comparison not available in this build': 'el motor de comparación no está en esta versión',

    'src.heading': 'Fuentes y límites',
    'src.intro': 'Cada valor por defecto y cada magnitud de efecto que muestra el producto, con su origen; las conjeturas se marcan como supuestos con un rango.',
    'src.parameters': 'Parámetros del modelo (modelo de red)',
    'src.param.name': 'Parámetro', 'src.param.value': 'Valor por defecto', 'src.param.unit': 'Unidad', 'src.param.bounds': 'Límites de calibración',
    'src.param.source': 'Fuente', 'src.param.note': 'Significado',
    'src.levers': 'Palancas del simulador',
    'src.lever.range': 'Rango', 'src.lever.basis': 'Fundamento',
    'src.ensemble': 'Bandas de incertidumbre',
    'src.data': 'Datos incluidos',
    'src.data.file': 'Archivo', 'src.data.what': 'Contenido', 'src.data.citation': 'Fuente', 'src.data.changes': 'Cambios respecto al original',
    'src.network': 'La red de 2020 tiene {0} organizaciones, {1} rivalidades y {2} alianzas. Los {3} grupos que los datos nombran por una persona se muestran solo con etiquetas neutras. Los datos cuentan además entre las organizaciones a {4}, que no son cárteles.',
    'src.catalog': 'Evidencia de los cursos de acción',
    'src.limits': 'Lo que el modelo no puede decir',
    'param.recruitment': 'Reclutamiento (ρ)', 'param.incapacitation': 'Incapacitación (η)', 'param.conflict': 'Conflicto (θ)',
    'param.saturation': 'Saturación (ω)', 'param.initial_members': 'Integrantes iniciales (C₀)',
    'unit.recruitment': 'por semana (reclutas por integrante de todos los cárteles)',
    'unit.incapacitation': 'integrantes por semana', 'unit.conflict': 'por integrante por semana', 'unit.saturation': 'por integrante por semana',
    'unit.initial_members': 'integrantes al 1 de enero de 2012',
    'note.recruitment': 'Los reclutas semanales son ρ por el total de integrantes T: unos 290 por semana con 115,000 integrantes.',
    'note.incapacitation': 'Integrantes retirados cada semana por detención o encarcelamiento, repartidos entre las organizaciones según su tamaño.',
    'note.conflict': 'Escala las bajas por rivalidades: θ · Cᵢ · (K C)ᵢ por semana para la organización i.',
    'note.saturation': 'Integrantes que se retiran a medida que crecen las organizaciones: ω · Cᵢ² por semana.',
    'note.initial_members': 'Total de integrantes al inicio, repartido entre las organizaciones en proporción a 1/rango; la red de 2020 se usa durante toda la simulación.',
    'src.lever.basis.multiplier': 'Rango del control, no una afirmación sobre ninguna política: un multiplicador de 1 es el statu quo.',
    'src.ensemble.box': 'Cada simulación toma cada parámetro de forma independiente y uniforme en una caja alrededor de los valores ajustados: ρ ±3 %, θ y ω ±20 %, η de 110 a 120 y C₀ de 110,000 a 115,000 (estos dos últimos son los límites de calibración del artículo). La caja es un supuesto ilustrativo, no una distribución posterior calibrada; los parámetros que un escenario fija explícitamente no varían.',
    'data.nodes': 'Presencia de cárteles en 2020 (150 organizaciones)',
    'data.rivalries': 'Rivalidades dirigidas entre organizaciones en 2020, con pesos',
    'data.alliances': 'Alianzas dirigidas entre organizaciones en 2020, con pesos',
    'data.person_labels': 'Etiquetas neutras para los grupos que los datos nombran por una persona',
    'data.trends': 'Homicidios, personas desaparecidas y detenciones por año en México, 2012-2021',
    'data.sentences': 'Condenas de prisión de las personas encuestadas en la encuesta nacional de población privada de la libertad de 2021',
    'data.changes.relabelled': 'Los nombres de los 35 grupos que los datos identifican con el nombre de una persona se sustituyen por etiquetas neutras; ningún identificador, estado ni cifra cambia.',
    'data.changes.none': 'ninguno',
    'limits': [
      'Un modelo agregado: cada organización es un número de integrantes que sigue una ecuación diferencial determinista. No dice nada de individuos, lugares ni operaciones, y no contiene azar; las bandas de incertidumbre provienen solo de variar sus parámetros.',
      'La red es la observada en 2020 y se mantiene fija durante toda la simulación, 2012 incluido: sin escisiones, fusiones, grupos nuevos ni alianzas cambiantes.',
      'El modelo se ajustó solo a las bajas, estimadas como el 10 % de los homicidios más las personas desaparecidas (un supuesto del artículo); las detenciones quedaron fuera del ajuste. Dos parámetros ajustados (incapacitación y saturación) quedan en el borde del rango explorado.',
      'El artículo no da incertidumbre para sus valores ajustados. Las bandas de aquí toman los parámetros de una caja ilustrativa a su alrededor; muestran sensibilidad, no una probabilidad.',
      'Las 150 organizaciones incluyen una policía comunitaria (UPOEG) y un grupo insurgente (ERPI), como en los datos de origen.',
      'Las palancas multiplican las tasas del modelo. No representan ninguna política concreta: cómo se traduce un curso de acción en palancas, y con qué evidencia, se expone en el catálogo.',
      'Después de 2022 cada curva es una proyección en condiciones constantes. Los resultados fuera del modelo (muertes por sobredosis en EE. UU., represalias, diplomacia, riesgo jurídico) se muestran aparte y nunca como resultado del modelo.',
      'Si el total de integrantes cae por debajo de uno, el modelo ha colapsado y la simulación se detiene; no describe lo que ocurriría después.'
    ],
    'footer': 'Solo estratégico y agregado: organizaciones y totales, nunca personas ni operaciones. Gráficas: Apache ECharts 5.6.0 (incluido).'
  }
};

export const LANGUAGES = ['en', 'es'];

let current = 'en';

/** Picks the language: ?lang=, then a saved choice, then the browser's. */
export function initialLanguage() {
  const q = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(q)) return q;
  try {
    const saved = localStorage.getItem('cartellab.lang');
    if (LANGUAGES.includes(saved)) return saved;
  } catch (e) { /* storage may be off */ }
  return (navigator.language || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function setLanguage(lang) {
  current = LANGUAGES.includes(lang) ? lang : 'en';
  document.documentElement.lang = current;
  try { localStorage.setItem('cartellab.lang', current); } catch (e) { /* ignore */ }
}

export function language() { return current; }

/** The string for a key in the current language, with {0}, {1}... filled in; the English one, or the key, if missing. */
export function t(key, ...args) {
  let s = DICTIONARY[current][key];
  if (s === undefined) s = DICTIONARY.en[key];
  if (s === undefined) return key;
  return String(s).replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/** Whether a key exists (to fall back to server-provided labels for levers the dictionary does not know). */
export function has(key) { return DICTIONARY[current][key] !== undefined || DICTIONARY.en[key] !== undefined; }

export function list(key) { return DICTIONARY[current][key] || DICTIONARY.en[key] || []; }

/** Fills every element with data-i18n (text) and data-i18n-aria (aria-label). */
export function applyStatic(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-aria]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nAria)); });
  document.title = t(document.body.dataset.titleKey || 'app.title') + ' · ' + t('app.title');
}

export function formatNumber(v, digits = 0) {
  return new Intl.NumberFormat(current === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v);
}

export function formatDate(iso) {
  return new Intl.DateTimeFormat(current === 'es' ? 'es-MX' : 'en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso + 'T00:00:00Z'));
}
