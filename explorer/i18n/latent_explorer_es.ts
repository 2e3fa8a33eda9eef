<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmark z</source>
        <translation>Marcar z</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>bookmark at least two codes to interpolate between them</source>
        <translation>marca al menos dos códigos para interpolar entre ellos</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pausa</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Iniciar</translation>
    </message>
</context>
<context>
    <name>ClassMapPanel</name>
    <message>
        <source>{app} per class</source>
        <translation>{app} por clase</translation>
    </message>
    <message>
        <source>class-conditional model p(x | y):</source>
        <translation>modelo condicional por clase p(x | y):</translation>
    </message>
    <message>
        <source>This data set has no class labels. Toy sets, the world cities (continents) and drawn or imported points with a class or label column have them.</source>
        <translation>Este conjunto de datos no tiene etiquetas de clase. Las tienen los conjuntos de juguete, las ciudades del mundo (continentes) y los puntos dibujados o importados con una columna de clase o etiqueta.</translation>
    </message>
    <message>
        <source>Fitting one density per class…</source>
        <translation>Ajustando una densidad por clase…</translation>
    </message>
    <message>
        <source>Cannot build the decision map: {e}</source>
        <translation>No se puede construir el mapa de decisión: {e}</translation>
    </message>
    <message>
        <source>Bayes rule with {model_label} per class: p(y | x) = p(x | y) p(y) / p(x). Colour: most probable class; strength: its posterior. Dots: held-out points. &lt;b&gt;Held-out accuracy: {acc}&lt;/b&gt;&lt;br&gt;{chips}</source>
        <translation>Regla de Bayes con {model_label} por clase: p(y | x) = p(x | y) p(y) / p(x). Color: la clase más probable; intensidad: su probabilidad a posteriori. Puntos: datos reservados. &lt;b&gt;Precisión con datos reservados: {acc}&lt;/b&gt;&lt;br&gt;{chips}</translation>
    </message>
</context>
<context>
    <name>CompareAllPanel</name>
    <message>
        <source>model</source>
        <extracomment>(done, total) of the family being trained, emitted from the worker thread</extracomment>
        <translation>modelo</translation>
    </message>
    <message>
        <source>how</source>
        <translation>cómo</translation>
    </message>
    <message>
        <source>test NLL</source>
        <translation>NLL prueba</translation>
    </message>
    <message>
        <source>KL to truth</source>
        <translation>KL a la verdad</translation>
    </message>
    <message>
        <source>KL hist</source>
        <translation>KL hist.</translation>
    </message>
    <message>
        <source>JS</source>
        <translation>JS</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energía</translation>
    </message>
    <message>
        <source>modes</source>
        <translation>modos</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Compare all</source>
        <translation>Comparar todo</translation>
    </message>
    <message>
        <source>Fit or load every 2D family on this data set and score them all</source>
        <translation>Ajusta o carga cada familia 2D en estos datos y las puntúa todas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>train families without a shipped model, at most</source>
        <translation>entrenar familias sin modelo incluido, como máximo</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <source>cap on the training steps of a flow, an autoregressive model or a GAN trained here</source>
        <translation>límite de pasos de entrenamiento de un flujo, un modelo autorregresivo o una GAN entrenados aquí</translation>
    </message>
    <message>
        <source>Compare all fits or loads every family on the current data set; each one also joins the scoreboard.</source>
        <translation>Comparar todo ajusta o carga cada familia en los datos actuales; cada una se añade también al marcador.</translation>
    </message>
    <message>
        <source>NLL: nats per held-out point (PF-ODE: a DDPM&apos;s probability-flow ODE on 1,000 points). KL hist, JS: 30 × 30-bin histograms of 1,000 samples against the held-out points. Energy: energy distance. Modes: captured of known modes.</source>
        <translation>NLL: nats por punto reservado (PF-ODE: la ODE de flujo de probabilidad de un DDPM sobre 1000 puntos). KL hist., JS: histogramas de 30 × 30 celdas de 1000 muestras frente a los puntos reservados. Energía: distancia de energía. Modos: modos conocidos capturados.</translation>
    </message>
    <message>
        <source>At least 2 training points are needed: choose a data set, or draw or import points.</source>
        <translation>Se necesitan al menos 2 puntos de entrenamiento: elige un conjunto de datos, o dibuja o importa puntos.</translation>
    </message>
    <message>
        <source>fitting</source>
        <translation>ajustando</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <source>loading and scoring</source>
        <translation>cargando y puntuando</translation>
    </message>
    <message>
        <source>skipping</source>
        <translation>omitiendo</translation>
    </message>
    <message>
        <source>{done}/{n}: {verb} {name}…</source>
        <translation>{done}/{n}: {verb} {name}…</translation>
    </message>
    <message>
        <source>Compare all stopped: {e}</source>
        <translation>Comparar todo se detuvo: {e}</translation>
    </message>
    <message>
        <source>Compared {k} of {n} families.</source>
        <translation>Comparadas {k} de {n} familias.</translation>
    </message>
    <message>
        <source>Lowest test NLL: {label} ({v} nats), now on the canvas.</source>
        <translation>NLL de prueba más baja: {label} ({v} nats), ahora en el lienzo.</translation>
    </message>
    <message>
        <source>Cancelled after {k} of the families.</source>
        <translation>Cancelado tras {k} de las familias.</translation>
    </message>
    <message>
        <source>{modes} · {hq:.0%} near</source>
        <translation>{modes} · {hq:.0%} cerca</translation>
    </message>
    <message>
        <source>modes captured: modes holding at least a quarter of their fair share of samples within 3σ; near: the share of all samples within 3σ of a mode</source>
        <translation>modos capturados: modos con al menos un cuarto de su parte justa de muestras a menos de 3σ; cerca: la proporción de todas las muestras a menos de 3σ de un modo</translation>
    </message>
</context>
<context>
    <name>DensityCanvas</name>
    <message>
        <source>log p_model(x)  [nats]</source>
        <extracomment>pixels of a vertical axis: room for tick labels such as −100 and −12.5 and the axis label</extracomment>
        <translation>log p_model(x)  [nats]</translation>
    </message>
    <message>
        <source>p_data: training points</source>
        <translation>p_data: entrenamiento</translation>
    </message>
    <message>
        <source>samples from p_model</source>
        <translation>muestras de p_model</translation>
    </message>
    <message>
        <source>sample: {n}</source>
        <translation>muestra: {n}</translation>
    </message>
    <message>
        <source>off-support (A)</source>
        <translation>fuera del soporte (A)</translation>
    </message>
    <message>
        <source>memorised (B)</source>
        <translation>memorizadas (B)</translation>
    </message>
    <message>
        <source>plausible (C)</source>
        <translation>plausibles (C)</translation>
    </message>
    <message>
        <source>log KDE of its samples  [nats]</source>
        <translation>log KDE de sus muestras  [nats]</translation>
    </message>
    <message>
        <source>longitude  [°]</source>
        <translation>longitud  [°]</translation>
    </message>
    <message>
        <source>latitude  [°]</source>
        <translation>latitud  [°]</translation>
    </message>
</context>
<context>
    <name>DensityFiles</name>
    <message>
        <source>Import points</source>
        <translation>Importar puntos</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Import failed; nothing was changed.</source>
        <translation>La importación falló; no se cambió nada.</translation>
    </message>
    <message>
        <source>Could not import the points</source>
        <translation>No se pudieron importar los puntos</translation>
    </message>
    <message>
        <source>Replace the drawing?</source>
        <translation>¿Reemplazar el dibujo?</translation>
    </message>
    <message>
        <source>Replace the {drawn:,} points you have with the {x:,} points of {name}?</source>
        <translation>¿Reemplazar los {drawn:,} puntos que tienes por los {x:,} puntos de {name}?</translation>
    </message>
    <message>
        <source>Import cancelled; your drawing is unchanged.</source>
        <translation>Importación cancelada; tu dibujo no ha cambiado.</translation>
    </message>
    <message>
        <source>Imported {x:,} points from {name}. {note}</source>
        <translation>Se importaron {x:,} puntos de {name}. {note}</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>Exportar puntos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Wrote {x:,} points to {path}</source>
        <translation>Se escribieron {x:,} puntos en {path}</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Exportar muestras</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Fit a model first: its samples are what gets exported.</source>
        <translation>Ajusta primero un modelo: lo que se exporta son sus muestras.</translation>
    </message>
    <message>
        <source>Wrote {samples:,} samples to {path}</source>
        <translation>Se escribieron {samples:,} muestras en {path}</translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation>Exportar lienzo</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>No se pudo escribir {path}.</translation>
    </message>
</context>
<context>
    <name>DensityRecipeForm</name>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
</context>
<context>
    <name>DensitySession</name>
    <message>
        <source>Density: the model &apos;{label}&apos; (it can be neither re-fitted nor saved)</source>
        <translation>Densidad: el modelo «{label}» (no se puede reajustar ni guardar)</translation>
    </message>
    <message>
        <source>Density: the live training in progress (saved as it is now)</source>
        <translation>Densidad: el entrenamiento en vivo en curso (se guarda tal como está ahora)</translation>
    </message>
    <message>
        <source>The session holds {drawn:,} points of its own: replace the {mine:,} points you drew or imported? Export them as CSV first if you want to keep them.</source>
        <translation>La sesión contiene {drawn:,} puntos propios: ¿reemplazar los {mine:,} puntos que dibujaste o importaste? Expórtalos antes como CSV si quieres conservarlos.</translation>
    </message>
    <message>
        <source>Restored from the session.</source>
        <translation>Restaurado desde la sesión.</translation>
    </message>
</context>
<context>
    <name>DensityState</name>
    <message>
        <source>class {i}</source>
        <translation>clase {i}</translation>
    </message>
</context>
<context>
    <name>DensityView</name>
    <message>
        <source>Reading the world&apos;s cities …</source>
        <translation>Leyendo las ciudades del mundo …</translation>
    </message>
    <message>
        <source>p_model vs p_data</source>
        <translation>p_model frente a p_data</translation>
    </message>
    <message>
        <source>Flow layers</source>
        <translation>Capas del flujo</translation>
    </message>
    <message>
        <source>Classes: p(y | x)</source>
        <translation>Clases: p(y | x)</translation>
    </message>
    <message>
        <source>your own points (draw / import)</source>
        <translation>tus puntos (dibujar / importar)</translation>
    </message>
    <message>
        <source>data set:</source>
        <translation>conjunto de datos:</translation>
    </message>
    <message>
        <source>more than {t:,} people</source>
        <translation>más de {t:,} habitantes</translation>
    </message>
    <message>
        <source>cities:</source>
        <translation>ciudades:</translation>
    </message>
    <message>
        <source>training points drawn from the generator</source>
        <translation>puntos de entrenamiento extraídos del generador</translation>
    </message>
    <message>
        <source>training points:</source>
        <translation>n.º de puntos:</translation>
    </message>
    <message>
        <source>seed:</source>
        <translation>semilla:</translation>
    </message>
    <message>
        <source>draw on the canvas</source>
        <translation>dibujar en el lienzo</translation>
    </message>
    <message>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <source>erase</source>
        <translation>borrar</translation>
    </message>
    <message>
        <source>brush radius in data units</source>
        <translation>radio del pincel en unidades de los datos</translation>
    </message>
    <message>
        <source>points added per brush dab</source>
        <translation>puntos añadidos por pincelada</translation>
    </message>
    <message>
        <source>class label of the points you paint (for p(y|x))</source>
        <translation>etiqueta de clase de los puntos que pintas (para p(y|x))</translation>
    </message>
    <message>
        <source>brush radius:</source>
        <translation>radio del pincel:</translation>
    </message>
    <message>
        <source>points per dab:</source>
        <translation>puntos por pincelada:</translation>
    </message>
    <message>
        <source>class:</source>
        <translation>clase:</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>Borrar dibujo</translation>
    </message>
    <message>
        <source>Scoreboard (click a row to show it)</source>
        <translation>Marcador (haz clic en una fila para mostrarla)</translation>
    </message>
    <message>
        <source>NLL: mean −log p_model(x) over points, in nats (lower is better). KL(p_data‖p_model) = test NLL − H(p_data), shown where H is known.</source>
        <translation>NLL: media de −log p_model(x) sobre los puntos, en nats (cuanto menor, mejor). KL(p_data‖p_model) = NLL de prueba − H(p_data), se muestra donde H es conocida.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>p_data: training points</source>
        <translation>p_data: puntos de entrenamiento</translation>
    </message>
    <message>
        <source>1,000 samples from p_model</source>
        <translation>1.000 muestras de p_model</translation>
    </message>
    <message>
        <source>colour samples by diagnosis (A / B / C)</source>
        <translation>colorear muestras por diagnóstico (A / B / C)</translation>
    </message>
    <message>
        <source>contour lines (1, 3, 5, 7 nats below the peak)</source>
        <translation>curvas de nivel (1, 3, 5, 7 nats bajo el máximo)</translation>
    </message>
    <message>
        <source>Export canvas PNG…</source>
        <translation>Exportar lienzo PNG…</translation>
    </message>
    <message>
        <source>Export samples CSV…</source>
        <translation>Exportar muestras CSV…</translation>
    </message>
    <message>
        <source>Cannot use this data set</source>
        <translation>No se puede usar este conjunto de datos</translation>
    </message>
    <message>
        <source> H(p_data) = {entropy:.3f} nats.</source>
        <translation> H(p_data) = {entropy:.3f} nats.</translation>
    </message>
    <message>
        <source>{description}. Train {train:,} · held-out {test:,}.{entropy}</source>
        <translation>{description}. Entrenamiento {train:,} · reservados {test:,}.{entropy}</translation>
    </message>
    <message>
        <source>Tick ‘draw on the canvas’ and paint points (left button), or import a CSV, then fit a model.</source>
        <translation>Marca «dibujar en el lienzo» y pinta puntos (botón izquierdo), o importa un CSV; después ajusta un modelo.</translation>
    </message>
    <message>
        <source>Choose a family and press Fit, or Fit ladder for all the simple ones.</source>
        <translation>Elige una familia y pulsa Ajustar, o Ajustar escalera para todas las sencillas.</translation>
    </message>
    <message>
        <source>At least 2 training points are needed: draw or import some.</source>
        <translation>Se necesitan al menos 2 puntos de entrenamiento: dibuja o importa algunos.</translation>
    </message>
    <message>
        <source>Starting live training of {label}…</source>
        <translation>Iniciando el entrenamiento en vivo de {label}…</translation>
    </message>
    <message>
        <source>Fitting {label}…</source>
        <translation>Ajustando {label}…</translation>
    </message>
    <message>
        <source>Fitting the ladder {ladder_text}: {done}/{n}, {label}…</source>
        <translation>Ajustando la escalera {ladder_text}: {done}/{n}, {label}…</translation>
    </message>
    <message>
        <source>{label}: {likelihood_note}. Its samples: {support:.0%} off-support, {memorised:.0%} memorised, {plausible:.0%} plausible.</source>
        <translation>{label}: {likelihood_note}. Sus muestras: {support:.0%} fuera del soporte, {memorised:.0%} memorizadas, {plausible:.0%} plausibles.</translation>
    </message>
    <message>
        <source> Test NLL is ∞: some held-out points fall where p_model = 0 (outside the box), and log 0 = −∞.</source>
        <translation> La NLL de prueba es ∞: algunos puntos reservados caen donde p_model = 0 (fuera de la caja), y log 0 = −∞.</translation>
    </message>
    <message>
        <source>{label}: test NLL {test_nll_nats} nats.{why}</source>
        <translation>{label}: NLL de prueba {test_nll_nats} nats.{why}</translation>
    </message>
    <message>
        <source>Could not fit: {error}</source>
        <translation>No se pudo ajustar: {error}</translation>
    </message>
    <message>
        <source>Move the mouse over the canvas to probe p_model and p_data.</source>
        <translation>Mueve el ratón sobre el lienzo para sondear p_model y p_data.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>train NLL</source>
        <translation>NLL entren.</translation>
    </message>
    <message>
        <source>test NLL</source>
        <translation>NLL prueba</translation>
    </message>
    <message>
        <source>KL to truth</source>
        <translation>KL a la verdad</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>fit s</source>
        <translation>ajuste s</translation>
    </message>
    <message>
        <source>Generative vs discriminative</source>
        <translation>Generativo vs discriminativo</translation>
    </message>
    <message>
        <source>Compare all</source>
        <translation>Comparar todo</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>DiffusionExport</name>
    <message>
        <source>Export grid as PNG</source>
        <translation>Exportar cuadrícula como PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export trajectory as GIF</source>
        <translation>Exportar trayectoria como GIF</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animación GIF (*.gif)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Load a model and take a step first.</source>
        <translation>Carga un modelo y da un paso primero.</translation>
    </message>
    <message>
        <source>Qt could not write the file</source>
        <translation>Qt no pudo escribir el archivo</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Could not write {path}: {e}</source>
        <translation>No se pudo escribir {path}: {e}</translation>
    </message>
    <message>
        <source>Load a model and compute some steps first.</source>
        <translation>Carga un modelo y calcula algunos pasos primero.</translation>
    </message>
</context>
<context>
    <name>DiffusionView</name>
    <message>
        <source>Open the shipped MNIST diffusion model</source>
        <extracomment>the user asked to see this (2D) model on the density canvas</extracomment>
        <translation>Abrir el modelo de difusión MNIST incluido</translation>
    </message>
    <message>
        <source>No diffusion model loaded</source>
        <translation>No hay ningún modelo de difusión cargado</translation>
    </message>
    <message>
        <source>This view steps through denoising, from pure noise x&lt;sub&gt;T&lt;/sub&gt; to a sample x&lt;sub&gt;0&lt;/sub&gt;, showing x&lt;sub&gt;t&lt;/sub&gt;, the noise the network predicts and the clean image it predicts side by side, with fast ODE solvers, DDIM and DDPM and the noise schedule.&lt;br&gt;&lt;br&gt;Use &lt;b&gt;File → Open model…&lt;/b&gt; (Ctrl+O) and pick a folder whose card says &lt;code&gt;&quot;kind&quot;: &quot;diffusion&quot;&lt;/code&gt;, e.g. &lt;code&gt;trained/diffusion-mnist5k&lt;/code&gt; or &lt;code&gt;trained/diffusion-moons&lt;/code&gt;.</source>
        <translation>Esta vista recorre paso a paso la eliminación de ruido, desde ruido puro x&lt;sub&gt;T&lt;/sub&gt; hasta una muestra x&lt;sub&gt;0&lt;/sub&gt;, mostrando lado a lado x&lt;sub&gt;t&lt;/sub&gt;, el ruido que predice la red y la imagen limpia que predice, con resolvedores ODE rápidos, DDIM y DDPM y el calendario de ruido.&lt;br&gt;&lt;br&gt;Usa &lt;b&gt;Archivo → Abrir modelo…&lt;/b&gt; (Ctrl+O) y elige una carpeta cuya ficha diga &lt;code&gt;&quot;kind&quot;: &quot;diffusion&quot;&lt;/code&gt;, p. ej. &lt;code&gt;trained/diffusion-mnist5k&lt;/code&gt; o &lt;code&gt;trained/diffusion-moons&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Train a diffusion model…</source>
        <translation>Entrenar un modelo de difusión…</translation>
    </message>
    <message>
        <source>run a DDPM recipe in a separate process and open the result</source>
        <translation>ejecuta una receta DDPM en un proceso aparte y abre el resultado</translation>
    </message>
    <message>
        <source>batch: x_t</source>
        <translation>lote: x_t</translation>
    </message>
    <message>
        <source>predicted noise ε̂</source>
        <translation>ruido predicho ε̂</translation>
    </message>
    <message>
        <source>predicted x̂₀</source>
        <translation>x̂₀ predicho</translation>
    </message>
    <message>
        <source>Reverse process: x_T → x₀</source>
        <translation>Proceso inverso: x_T → x₀</translation>
    </message>
    <message>
        <source>Forward process: x₀ → x_t</source>
        <translation>Proceso directo: x₀ → x_t</translation>
    </message>
    <message>
        <source>Reverse process</source>
        <translation>Proceso inverso</translation>
    </message>
    <message>
        <source>DPM-Solver++(2M) (Lu et al. 2022) or UniPC-2 (Zhao et al. 2023): second-order solvers of the probability-flow ODE, timesteps even in log-SNR, or for UniPC-2 (t²) even in √t (t_i ∝ (1 − i/(n−1))², more of them near the data than even in t); SDE-DPM-Solver++(2M) (t²): the same solver for the reverse SDE, fresh noise at every step (it forgets part of the denoiser&apos;s errors: better digits at 17 steps, but not the ODE&apos;s solution from this x_T); DDIM (Song et al. 2021, eq. 12) or ancestral DDPM (Ho et al. 2020, Algorithm 2), even in t</source>
        <translation>DPM-Solver++(2M) (Lu et al. 2022) o UniPC-2 (Zhao et al. 2023): resolvedores de segundo orden de la ODE de flujo de probabilidad, pasos uniformes en log-SNR, o para UniPC-2 (t²) uniformes en √t (t_i ∝ (1 − i/(n−1))², más pasos cerca de los datos que uniformes en t); SDE-DPM-Solver++(2M) (t²): el mismo resolvedor para la SDE inversa, ruido nuevo en cada paso (olvida parte de los errores del denoiser: mejores dígitos con 17 pasos, pero no la solución de la ODE desde este x_T); DDIM (Song et al. 2021, ec. 12) o DDPM ancestral (Ho et al. 2020, algoritmo 2), uniformes en t</translation>
    </message>
    <message>
        <source>number of denoiser evaluations (T = 1000); each sampler starts at its own default</source>
        <translation>número de evaluaciones del eliminador de ruido (T = 1000); cada muestreador empieza en su propio valor por defecto</translation>
    </message>
    <message>
        <source>DDIM η: 0 = deterministic, 1 = as noisy as DDPM</source>
        <translation>η de DDIM: 0 = determinista, 1 = tan ruidoso como DDPM</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>sampler</source>
        <translation>muestreador</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>η (DDIM)</source>
        <translation>η (DDIM)</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>side by side with sampler B (same x_T)</source>
        <translation>junto al muestreador B (mismo x_T)</translation>
    </message>
    <message>
        <source>B: number of steps</source>
        <translation>B: número de pasos</translation>
    </message>
    <message>
        <source>B: DDIM η</source>
        <translation>B: η de DDIM</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>back to x_T (same seed)</source>
        <translation>volver a x_T (misma semilla)</translation>
    </message>
    <message>
        <source>one step back (cached, costs nothing)</source>
        <translation>un paso atrás (en caché, no cuesta nada)</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <source>play / pause (Space)</source>
        <translation>reproducir / pausar (Espacio)</translation>
    </message>
    <message>
        <source>one denoising step forward</source>
        <translation>un paso de eliminación de ruido hacia delante</translation>
    </message>
    <message>
        <source>run to x_0</source>
        <translation>ejecutar hasta x_0</translation>
    </message>
    <message>
        <source>scrub through the computed steps</source>
        <translation>recorrer los pasos calculados</translation>
    </message>
    <message>
        <source>speed (steps/s)</source>
        <translation>velocidad (pasos/s)</translation>
    </message>
    <message>
        <source>computed %v / %m steps</source>
        <translation>calculados %v / %m pasos</translation>
    </message>
    <message>
        <source>Show and export</source>
        <translation>Mostrar y exportar</translation>
    </message>
    <message>
        <source>grid:</source>
        <translation>cuadrícula:</translation>
    </message>
    <message>
        <source>trails of 100 particles (2D)</source>
        <translation>estelas de 100 partículas (2D)</translation>
    </message>
    <message>
        <source>predicted-noise field ε̂(x, t) (2D)</source>
        <translation>campo de ruido predicho ε̂(x, t) (2D)</translation>
    </message>
    <message>
        <source>Export grid as PNG…</source>
        <translation>Exportar cuadrícula como PNG…</translation>
    </message>
    <message>
        <source>Export trajectory as GIF…</source>
        <translation>Exportar trayectoria como GIF…</translation>
    </message>
    <message>
        <source>Compare on the density canvas</source>
        <translation>Comparar en el lienzo de densidad</translation>
    </message>
    <message>
        <source>Show this 2D model in the Density view: its samples, a density estimate of them, its NLL by the probability-flow ODE and its sample scores on the scoreboard</source>
        <translation>Mostrar este modelo 2D en la vista Densidad: sus muestras, una estimación de su densidad, su NLL por la ODE de flujo de probabilidad y las puntuaciones de sus muestras en el marcador</translation>
    </message>
    <message>
        <source>&lt;br&gt;DDIM-50 samples: {ddim50_confident_share:.0%} classified with confidence ≥ 0.9; Fréchet distance {ddim50_frechet_distance:.2f} (real-vs-real floor {ddim50_frechet_floor:.2f})</source>
        <translation>&lt;br&gt;Muestras DDIM-50: {ddim50_confident_share:.0%} clasificadas con confianza ≥ 0,9; distancia de Fréchet {ddim50_frechet_distance:.2f} (mínimo real frente a real {ddim50_frechet_floor:.2f})</translation>
    </message>
    <message>
        <source>&lt;br&gt;DDIM-50 energy distance to p_data {ddim50_energy_distance:.4f} (two real samples: {ddim50_energy_distance_floor:.4f})</source>
        <translation>&lt;br&gt;Distancia de energía DDIM-50 a p_data {ddim50_energy_distance:.4f} (dos muestras reales: {ddim50_energy_distance_floor:.4f})</translation>
    </message>
    <message>
        <source>&lt;br&gt;Class-conditional ({k} classes). At the default guidance s = {s:g}: {acc:.0%} of the samples classified as the prompted class, diversity {div:.2f} of real data&apos;s</source>
        <translation>&lt;br&gt;Condicional por clase ({k} clases). Con la guía por defecto s = {s:g}: {acc:.0%} de las muestras clasificadas como la clase pedida, diversidad {div:.2f} de la de los datos reales</translation>
    </message>
    <message>
        <source>; v-prediction (ε and x₀ computed from the net&apos;s v)</source>
        <translation>; predicción de v (ε y x₀ calculados a partir de la v de la red)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{images} · {name}&lt;/b&gt;&lt;br&gt;{net_name} denoiser, {n_params:,} parameters, {steps} training steps; {schedule_name} schedule, T = {t}{extra}</source>
        <translation>&lt;b&gt;{images} · {name}&lt;/b&gt;&lt;br&gt;eliminador de ruido {net_name}, {n_params:,} parámetros, {steps} pasos de entrenamiento; calendario {schedule_name}, T = {t}{extra}</translation>
    </message>
    <message>
        <source>2D points</source>
        <translation>puntos 2D</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>particles</source>
        <translation>partículas</translation>
    </message>
    <message>
        <source>batch limited to {cap} for {longest} steps, so the cached trajectory fits in memory</source>
        <translation>lote limitado a {cap} para {longest} pasos, para que la trayectoria en caché quepa en memoria</translation>
    </message>
    <message>
        <source>computed {computed} / {total} steps</source>
        <translation>calculados {computed} / {total} pasos</translation>
    </message>
    <message>
        <source> · {step_s:.2f} s/step</source>
        <translation> · {step_s:.2f} s/paso</translation>
    </message>
    <message>
        <source> · {eta:.0f} s left</source>
        <translation> · quedan {eta:.0f} s</translation>
    </message>
    <message>
        <source> · {eta:.1f} s left</source>
        <translation> · quedan {eta:.1f} s</translation>
    </message>
    <message>
        <source>Sampling failed</source>
        <translation>El muestreo falló</translation>
    </message>
    <message>
        <source>The sampler stopped: {name}: {error}</source>
        <translation>El muestreador se detuvo: {name}: {error}</translation>
    </message>
</context>
<context>
    <name>DrawingPanel</name>
    <message>
        <source>Clear the drawing?</source>
        <translation>¿Borrar el dibujo?</translation>
    </message>
    <message>
        <source>Remove all {drawn:,} points you drew or imported? Export them as CSV first if you want to keep them.</source>
        <translation>¿Quitar los {drawn:,} puntos que dibujaste o importaste? Expórtalos antes como CSV si quieres conservarlos.</translation>
    </message>
    <message>
        <source>Could not save the drawing to {path}: {e}</source>
        <translation>No se pudo guardar el dibujo en {path}: {e}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open model…</source>
        <translation>Abrir modelo…</translation>
    </message>
</context>
<context>
    <name>EncodePanel</name>
    <message>
        <source>no test images for this model; encode an image file</source>
        <translation>no hay imágenes de prueba para este modelo; codifica un archivo de imagen</translation>
    </message>
    <message>
        <source>reconstruction error (mean squared, per pixel): {mse:.4f}</source>
        <translation>error de reconstrucción (cuadrático medio, por píxel): {mse:.4f}</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>Codificar una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This model cannot encode</source>
        <translation>Este modelo no puede codificar</translation>
    </message>
    <message>
        <source>Could not read the image</source>
        <translation>No se pudo leer la imagen</translation>
    </message>
</context>
<context>
    <name>FlowLayersPanel</name>
    <message>
        <source>data → base: push the data and a grid forward</source>
        <translation>datos → base: empujar los datos y una cuadrícula hacia delante</translation>
    </message>
    <message>
        <source>base → data: pull a base grid and samples back</source>
        <translation>base → datos: traer de vuelta una cuadrícula base y muestras</translation>
    </message>
    <message>
        <source>Fit a normalizing flow (family ‘Normalizing flow’) or open the shipped flow, then select it in the scoreboard to scrub its layers.</source>
        <translation>Ajusta un flujo normalizante (familia «Flujo normalizante») o abre el flujo incluido, y selecciónalo en el marcador para recorrer sus capas.</translation>
    </message>
    <message>
        <source>layers applied:</source>
        <translation>capas aplicadas:</translation>
    </message>
    <message>
        <source>the data and a regular grid drawn in data space</source>
        <translation>los datos y una cuadrícula regular dibujada en el espacio de los datos</translation>
    </message>
    <message>
        <source>N(0, I) samples and a regular grid drawn in the base space</source>
        <translation>muestras de N(0, I) y una cuadrícula regular dibujada en el espacio base</translation>
    </message>
    <message>
        <source>data space</source>
        <translation>espacio de los datos</translation>
    </message>
    <message>
        <source>base space (should look like N(0, I))</source>
        <translation>espacio base (debería parecerse a N(0, I))</translation>
    </message>
    <message>
        <source>after {k} of {n} coupling layers</source>
        <translation>tras {k} de {n} capas de acoplamiento</translation>
    </message>
    <message>
        <source>Stage {k}/{n}: {space}. Showing {what}.</source>
        <translation>Etapa {k}/{n}: {space}. Se muestran {what}.</translation>
    </message>
</context>
<context>
    <name>ForwardProcessPanel</name>
    <message>
        <source>which test image to noise</source>
        <translation>qué imagen de prueba se llena de ruido</translation>
    </message>
    <message>
        <source>test image</source>
        <translation>imagen de prueba</translation>
    </message>
    <message>
        <source>schedule shown here and in the plot below (the model was trained with its own)</source>
        <translation>calendario mostrado aquí y en el gráfico de abajo (el modelo se entrenó con el suyo)</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>calendario</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>Nuevo ruido</translation>
    </message>
    <message>
        <source>x₀ (real test image)</source>
        <translation>x₀ (imagen de prueba real)</translation>
    </message>
    <message>
        <source>t = &lt;b&gt;{t}&lt;/b&gt; · √ᾱ_t = {ab:.3f} (signal) · √(1−ᾱ_t) = {ab2:.3f} (noise) · SNR = {snr:.3g} · {schedule_view} schedule</source>
        <translation>t = &lt;b&gt;{t}&lt;/b&gt; · √ᾱ_t = {ab:.3f} (señal) · √(1−ᾱ_t) = {ab2:.3f} (ruido) · SNR = {snr:.3g} · calendario {schedule_view}</translation>
    </message>
</context>
<context>
    <name>GalleryTableModel</name>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>the artifact in trained/ (double-click: open it)</source>
        <translation>el artefacto en trained/ (doble clic: abrirlo)</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>the family of the gallery&apos;s registry</source>
        <translation>la familia del registro de la galería</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>binary samples are compared with stochastically binarised real digits, grey ones with grey digits</source>
        <translation>las muestras binarias se comparan con dígitos reales binarizados de forma estocástica; las grises, con dígitos grises</translation>
    </message>
    <message>
        <source>NLL</source>
        <translation>NLL</translation>
    </message>
    <message>
        <source>−log p(x) in nats per test image from the card; what kind of figure it is is in the next column and in the tooltip</source>
        <translation>−log p(x) en nats por imagen de prueba, según la ficha; qué tipo de cifra es se indica en la columna siguiente y en la información emergente</translation>
    </message>
    <message>
        <source>NLL kind</source>
        <translation>tipo NLL</translation>
    </message>
    <message>
        <source>exact, lower bound (NLL is an upper bound), exact marginal, estimate, or none</source>
        <translation>exacta, cota inferior (la NLL es una cota superior), marginal exacta, estimación o ninguna</translation>
    </message>
    <message>
        <source>bits/dim</source>
        <translation>bits/dim</translation>
    </message>
    <message>
        <source>NLL / (784 · ln 2), binary models</source>
        <translation>NLL / (784 · ln 2), modelos binarios</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>conf.</translation>
    </message>
    <message>
        <source>share of samples the shipped classifier gives a top probability ≥ 0.9</source>
        <translation>proporción de muestras a las que el clasificador incluido da una probabilidad máxima ≥ 0,9</translation>
    </message>
    <message>
        <source>min cls</source>
        <translation>mín. cl.</translation>
    </message>
    <message>
        <source>smallest share of one digit class among the samples (0.10 = all classes equal)</source>
        <translation>menor proporción de una clase de dígito entre las muestras (0,10 = todas las clases iguales)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>faltan</translation>
    </message>
    <message>
        <source>classes with under 1 % of the samples</source>
        <translation>clases con menos del 1 % de las muestras</translation>
    </message>
    <message>
        <source>FD</source>
        <translation>FD</translation>
    </message>
    <message>
        <source>Fréchet distance of the classifier&apos;s features to the test digits (lower is better)</source>
        <translation>distancia de Fréchet de las características del clasificador a los dígitos de prueba (cuanto menor, mejor)</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>the same distance for real training digits: the best a model can reach with this many samples</source>
        <translation>la misma distancia para dígitos de entrenamiento reales: lo mejor que puede alcanzar un modelo con este número de muestras</translation>
    </message>
    <message>
        <source>prec.</source>
        <translation>prec.</translation>
    </message>
    <message>
        <source>k-NN precision (k = 3, Kynkäänniemi et al. 2019): share of samples inside the real digits&apos; feature manifold</source>
        <translation>precisión k-NN (k = 3, Kynkäänniemi et al. 2019): proporción de muestras dentro de la variedad de características de los dígitos reales</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <source>k-NN recall: share of real digits inside the samples&apos; feature manifold (the data&apos;s variety covered)</source>
        <translation>recall k-NN: proporción de dígitos reales dentro de la variedad de características de las muestras (la variedad de los datos cubierta)</translation>
    </message>
    <message>
        <source>memo.</source>
        <translation>memo.</translation>
    </message>
    <message>
        <source>share of samples nearer a training digit than 99 % of test digits are</source>
        <translation>proporción de muestras más cercanas a un dígito de entrenamiento que el 99 % de los dígitos de prueba</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>parameters of the model</source>
        <translation>parámetros del modelo</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entren.</translation>
    </message>
    <message>
        <source>training time from the card</source>
        <translation>tiempo de entrenamiento según la ficha</translation>
    </message>
    <message>
        <source>16 smp</source>
        <translation>16 mues.</translation>
    </message>
    <message>
        <source>time to draw 16 samples on the machine that measured the gallery</source>
        <translation>tiempo para extraer 16 muestras en la máquina que midió la galería</translation>
    </message>
    <message>
        <source>compared with {compared_with}; drawn by {how_drawn}</source>
        <translation>comparado con {compared_with}; extraído por {how_drawn}</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>No gallery measured yet</source>
        <translation>Aún no se ha medido la galería</translation>
    </message>
    <message>
        <source>The Gallery shows every MNIST-5k image model of &lt;tt&gt;trained/&lt;/tt&gt; on the taxonomy of generative models, with 16 samples each and one table of figures measured by one evaluator. It reads &lt;tt&gt;docs/gallery/gallery.json&lt;/tt&gt;, which is not there. Make it with &lt;tt&gt;python -m training gallery&lt;/tt&gt; (about half an hour on one CPU thread), or press &lt;b&gt;Re-measure&lt;/b&gt; below to measure it here in the background.</source>
        <translation>La Galería muestra cada modelo de imágenes MNIST-5k de &lt;tt&gt;trained/&lt;/tt&gt; sobre la taxonomía de los modelos generativos, con 16 muestras de cada uno y una tabla de cifras medidas por un mismo evaluador. Lee &lt;tt&gt;docs/gallery/gallery.json&lt;/tt&gt;, que no existe. Créalo con &lt;tt&gt;python -m training gallery&lt;/tt&gt; (una media hora en un hilo de CPU), o pulsa &lt;b&gt;Volver a medir&lt;/b&gt; abajo para medirla aquí en segundo plano.</translation>
    </message>
    <message>
        <source>samples per model for a re-measure (the shipped gallery used the number in its header)</source>
        <extracomment>a model&apos;s folder, to open in its own view (the main window&apos;s ``open_model``)</extracomment>
        <translation>muestras por modelo al volver a medir (la galería incluida usó el número de su encabezado)</translation>
    </message>
    <message>
        <source>Re-measure</source>
        <translation>Volver a medir</translation>
    </message>
    <message>
        <source>draw and score every model again here, in the background (minutes: the PixelCNNs and the DDPM are slow samplers)</source>
        <translation>extraer y puntuar de nuevo cada modelo aquí, en segundo plano (minutos: las PixelCNN y el DDPM son muestreadores lentos)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>samples per model</source>
        <translation>muestras por modelo</translation>
    </message>
    <message>
        <source>taxonomy</source>
        <translation>taxonomía</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>16 samples (double-click: open)</source>
        <translation>16 muestras (doble clic: abrir)</translation>
    </message>
    <message>
        <source>Reading {folder} …</source>
        <translation>Leyendo {folder} …</translation>
    </message>
    <message>
        <source>The gallery file could not be read: {error}</source>
        <translation>No se pudo leer el archivo de la galería: {error}</translation>
    </message>
    <message>
        <source>No gallery in {folder}.</source>
        <translation>No hay galería en {folder}.</translation>
    </message>
    <message>
        <source>shipped docs/gallery</source>
        <translation>docs/gallery incluida</translation>
    </message>
    <message>
        <source>{rows} models · {n_samples} samples each · measured {measured_at} on {cpu} ({torch_threads} thread) · from {where}</source>
        <translation>{rows} modelos · {n_samples} muestras cada uno · medido {measured_at} en {cpu} ({torch_threads} hilo) · desde {where}</translation>
    </message>
    <message>
        <source> · rows re-measured later: {count}</source>
        <translation> · filas medidas de nuevo después: {count}</translation>
    </message>
    <message>
        <source>unplaced: {model}</source>
        <translation>sin ubicar: {model}</translation>
    </message>
    <message>
        <source>{name} is not in {parent}: nothing to open.</source>
        <translation>{name} no está en {parent}: nada que abrir.</translation>
    </message>
    <message>
        <source>Opening {name} in its view …</source>
        <translation>Abriendo {name} en su vista …</translation>
    </message>
    <message>
        <source>Re-measure (restart)</source>
        <translation>Volver a medir (reiniciar)</translation>
    </message>
    <message>
        <source>Measuring with {n} samples per model …</source>
        <translation>Midiendo con {n} muestras por modelo …</translation>
    </message>
    <message>
        <source>Cancelled; the gallery shown is unchanged (a model being sampled finishes in the background first).</source>
        <translation>Cancelado; la galería mostrada no cambia (un modelo que se está muestreando termina antes en segundo plano).</translation>
    </message>
    <message>
        <source>Measured: {rows} models, written to {folder}.</source>
        <translation>Medido: {rows} modelos, escritos en {folder}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The measure failed: {name}: {error}</source>
        <translation>La medición falló: {name}: {error}</translation>
    </message>
</context>
<context>
    <name>GanPanel</name>
    <message>
        <source>GAN: discriminator vs generator</source>
        <extracomment>live-training steps per update in slow motion (normal: one progress report, 50 steps) D(x) colours: 0 (likely fake) red, ½ white, 1 (likely real) blue</extracomment>
        <translation>GAN: discriminador frente a generador</translation>
    </message>
    <message>
        <source>Step D</source>
        <translation>Paso D</translation>
    </message>
    <message>
        <source>Step G</source>
        <translation>Paso G</translation>
    </message>
    <message>
        <source>Step both</source>
        <translation>Paso de ambos</translation>
    </message>
    <message>
        <source>one update of the discriminator only</source>
        <translation>una actualización solo del discriminador</translation>
    </message>
    <message>
        <source>one update of the generator only</source>
        <translation>una actualización solo del generador</translation>
    </message>
    <message>
        <source>k updates of D, then one of G</source>
        <translation>k actualizaciones de D y luego una de G</translation>
    </message>
    <message>
        <source>slow motion ({slow_chunk} steps per live update)</source>
        <translation>cámara lenta ({slow_chunk} pasos por actualización en vivo)</translation>
    </message>
    <message>
        <source>D(x) background</source>
        <translation>fondo D(x)</translation>
    </message>
    <message>
        <source>generated samples</source>
        <translation>muestras generadas</translation>
    </message>
    <message>
        <source>G-gradient arrows</source>
        <translation>flechas del gradiente de G</translation>
    </message>
    <message>
        <source>noise grid → G</source>
        <translation>cuadrícula de ruido → G</translation>
    </message>
    <message>
        <source>the manifold: a regular grid of noise z pushed through G</source>
        <translation>la variedad: una cuadrícula regular de ruido z pasada por G</translation>
    </message>
    <message>
        <source>−∇ₓ of the generator loss at generated points: where G is pushed</source>
        <translation>−∇ₓ de la pérdida del generador en los puntos generados: hacia dónde se empuja G</translation>
    </message>
    <message>
        <source>likely real ↔ likely fake</source>
        <translation>probablemente real ↔ probablemente falso</translation>
    </message>
    <message>
        <source>the background is D(x): blue where D calls points real (D ≈ 1), red where it calls them fake (D ≈ 0), white at ½</source>
        <translation>el fondo es D(x): azul donde D considera reales los puntos (D ≈ 1), rojo donde los considera falsos (D ≈ 0), blanco en ½</translation>
    </message>
    <message>
        <source>D loss</source>
        <translation>pérdida de D</translation>
    </message>
    <message>
        <source>G loss</source>
        <translation>pérdida de G</translation>
    </message>
    <message>
        <source>no sample figures yet</source>
        <translation>aún no hay cifras de las muestras</translation>
    </message>
    <message>
        <source>{v} of {modes_total}</source>
        <translation>{v} de {modes_total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample figures&lt;/b&gt; (lower is better for the divergences)&lt;table&gt;</source>
        <translation>&lt;b&gt;Cifras de las muestras&lt;/b&gt; (en las divergencias, cuanto menor, mejor)&lt;table&gt;</translation>
    </message>
    <message>
        <source>GAN step failed: {error}</source>
        <translation>El paso de la GAN falló: {error}</translation>
    </message>
</context>
<context>
    <name>GenVsDiscPanel</name>
    <message>
        <source>linear: LDA vs logistic regression</source>
        <extracomment>n per class offered for the maps (0: every training point)</extracomment>
        <translation>lineal: LDA frente a regresión logística</translation>
    </message>
    <message>
        <source>quadratic: QDA vs logistic regression on x, x²</source>
        <translation>cuadrático: QDA frente a regresión logística sobre x, x²</translation>
    </message>
    <message>
        <source>flexible: KDE per class vs MLP</source>
        <translation>flexible: KDE por clase frente a MLP</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>subsamples per size; the curve shows the median</source>
        <translation>submuestras por tamaño; la curva muestra la mediana</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>Curva de aprendizaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>the maps are fitted on n training points per class</source>
        <translation>los mapas se ajustan con n puntos de entrenamiento por clase</translation>
    </message>
    <message>
        <source>pair:</source>
        <translation>par:</translation>
    </message>
    <message>
        <source>n per class:</source>
        <translation>n por clase:</translation>
    </message>
    <message>
        <source>seeds:</source>
        <translation>semillas:</translation>
    </message>
    <message>
        <source>training points per class</source>
        <translation>puntos de entrenamiento por clase</translation>
    </message>
    <message>
        <source>held-out accuracy (%)</source>
        <translation>precisión con reservados (%)</translation>
    </message>
    <message>
        <source>generative (median)</source>
        <translation>generativo (mediana)</translation>
    </message>
    <message>
        <source>discriminative (median)</source>
        <translation>discriminativo (mediana)</translation>
    </message>
    <message>
        <source>No data set yet.</source>
        <translation>Todavía no hay conjunto de datos.</translation>
    </message>
    <message>
        <source>This data set has no class labels. The toy sets, the world cities (continents) and drawn or imported points with a class column have.</source>
        <translation>Este conjunto de datos no tiene etiquetas de clase. Las tienen los conjuntos de juguete, las ciudades del mundo (continentes) y los puntos dibujados o importados con una columna de clase.</translation>
    </message>
    <message>
        <source>Only one class: a classifier needs at least two.</source>
        <translation>Solo hay una clase: un clasificador necesita al menos dos.</translation>
    </message>
    <message>
        <source>Fitting both classifiers…</source>
        <translation>Ajustando ambos clasificadores…</translation>
    </message>
    <message>
        <source>Cannot fit the classifiers: {e}</source>
        <translation>No se pueden ajustar los clasificadores: {e}</translation>
    </message>
    <message>
        <source>generative</source>
        <translation>generativo</translation>
    </message>
    <message>
        <source>discriminative</source>
        <translation>discriminativo</translation>
    </message>
    <message>
        <source>{kind} ({name}): &lt;b&gt;{acc}&lt;/b&gt; held out</source>
        <translation>{kind} ({name}): &lt;b&gt;{acc}&lt;/b&gt; en reservados</translation>
    </message>
    <message>
        <source>Left: Bayes&apos; rule p(y | x) = p(x | y) p(y) / Σ p(x | y&apos;) p(y&apos;) over one density per class. Right: p(y | x) fitted directly (cross-entropy). Both trained on the {n} points shown; colour: most probable class, strength: its probability.</source>
        <translation>Izquierda: regla de Bayes p(y | x) = p(x | y) p(y) / Σ p(x | y&apos;) p(y&apos;) sobre una densidad por clase. Derecha: p(y | x) ajustada directamente (entropía cruzada). Ambos entrenados con los {n} puntos mostrados; color: clase más probable, intensidad: su probabilidad.</translation>
    </message>
    <message>
        <source>Measuring the learning curve…</source>
        <translation>Midiendo la curva de aprendizaje…</translation>
    </message>
    <message>
        <source>Learning curve cancelled.</source>
        <translation>Curva de aprendizaje cancelada.</translation>
    </message>
    <message>
        <source>Cannot measure the curve: {e}</source>
        <translation>No se puede medir la curva: {e}</translation>
    </message>
    <message>
        <source>The discriminative model is ahead from n = {n} per class on.</source>
        <translation>El modelo discriminativo va por delante a partir de n = {n} por clase.</translation>
    </message>
    <message>
        <source>No crossover on these sizes.</source>
        <translation>Sin cruce en estos tamaños.</translation>
    </message>
    <message>
        <source> (n = {s} dropped: a class has fewer points)</source>
        <translation> (n = {s} descartado: una clase tiene menos puntos)</translation>
    </message>
    <message>
        <source>Median of {s} seeds: {g} vs {d}. </source>
        <translation>Mediana de {s} semillas: {g} frente a {d}. </translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>points drawn per class</source>
        <translation>puntos generados por clase</translation>
    </message>
    <message>
        <source>model:</source>
        <translation>modelo:</translation>
    </message>
    <message>
        <source>class:</source>
        <translation>clase:</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>guía</translation>
    </message>
    <message>
        <source>n per class:</source>
        <translation>n por clase:</translation>
    </message>
    <message>
        <source>s = 0 draws every class from the unconditional model, s = 1 from p(x | c); a larger s pushes the points away from the other classes. The share in their class is judged by the 15 nearest training points (distance-weighted)</source>
        <translation>s = 0 genera cada clase con el modelo incondicional, s = 1 con p(x | c); una s mayor aleja los puntos de las demás clases. La proporción en su clase se juzga por los 15 puntos de entrenamiento más cercanos (ponderados por distancia)</translation>
    </message>
    <message>
        <source>s = 0: the unconditional model for every class · s = 1: p(x | c) · s &amp;gt; 1: pushed away from the other classes</source>
        <translation>s = 0: el modelo incondicional para cada clase · s = 1: p(x | c) · s &amp;gt; 1: alejados de las demás clases</translation>
    </message>
    <message>
        <source>the canvas&apos;s current model</source>
        <translation>el modelo actual del lienzo</translation>
    </message>
    <message>
        <source>every class</source>
        <translation>todas las clases</translation>
    </message>
    <message>
        <source>No class-conditional 2D diffusion model: train one with &lt;code&gt;python -m training diffusion --data world-cities --conditional&lt;/code&gt; (any labelled 2D set) or open one on the canvas.</source>
        <translation>No hay ningún modelo de difusión 2D condicional por clase: entrena uno con &lt;code&gt;python -m training diffusion --data world-cities --conditional&lt;/code&gt; (cualquier conjunto 2D con etiquetas) o abre uno en el lienzo.</translation>
    </message>
    <message>
        <source>Drawing at s = {s:.1f} …</source>
        <translation>Generando con s = {s:.1f} …</translation>
    </message>
    <message>
        <source>s = {s:.1f}: &lt;b&gt;{acc:.0%}&lt;/b&gt; of the points fall in their prompted class; spread {div:.2f} × the real points&apos;. {legend}</source>
        <translation>s = {s:.1f}: &lt;b&gt;{acc:.0%}&lt;/b&gt; de los puntos caen en la clase pedida; dispersión {div:.2f} × la de los puntos reales. {legend}</translation>
    </message>
    <message>
        <source>Could not draw: {e}</source>
        <translation>No se pudo generar: {e}</translation>
    </message>
</context>
<context>
    <name>HyperPage</name>
    <message>
        <source>{title}:</source>
        <translation>{title}:</translation>
    </message>
</context>
<context>
    <name>InvertPanel</name>
    <message>
        <source>test image</source>
        <translation>imagen de prueba</translation>
    </message>
    <message>
        <source>Invert: search z for it</source>
        <translation>Invertir: buscar z para ella</translation>
    </message>
    <message>
        <source>A GAN has no encoder: Adam searches z (from 8 draws of the prior, the generator fixed) for the image closest to this one</source>
        <translation>Una GAN no tiene codificador: Adam busca z (a partir de 8 extracciones de la prior, con el generador fijo) para la imagen más cercana a esta</translation>
    </message>
    <message>
        <source>Use this z on the sliders</source>
        <translation>Usar esta z en los deslizadores</translation>
    </message>
    <message>
        <source>test image x</source>
        <translation>imagen de prueba x</translation>
    </message>
    <message>
        <source>G(z*): the nearest it can draw</source>
        <translation>G(z*): lo más parecido que puede dibujar</translation>
    </message>
    <message>
        <source>Reading the test images …</source>
        <translation>Leyendo las imágenes de prueba …</translation>
    </message>
    <message>
        <source>Pick a test image and press Invert.</source>
        <translation>Elige una imagen de prueba y pulsa Invertir.</translation>
    </message>
    <message>
        <source>Cannot invert: {error}</source>
        <translation>No se puede invertir: {error}</translation>
    </message>
    <message>
        <source>Searching z …</source>
        <translation>Buscando z …</translation>
    </message>
    <message>
        <source>mean squared error {mse:.4f} per pixel · ‖z*‖ = {z:.1f} (prior draws: ≈ {z2:.1f})</source>
        <translation>error cuadrático medio {mse:.4f} por píxel · ‖z*‖ = {z:.1f} (extracciones de la prior: ≈ {z2:.1f})</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language (applies at the next start)</source>
        <translation>&amp;Idioma (se aplica en el próximo inicio)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Latent Explorer.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Latent Explorer.</translation>
    </message>
</context>
<context>
    <name>LatentExport</name>
    <message>
        <source>Export interpolation strip</source>
        <translation>Exportar tira de interpolación</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export interpolation as GIF</source>
        <translation>Exportar interpolación como GIF</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animación GIF (*.gif)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Bookmark at least two codes first.</source>
        <translation>Marca al menos dos códigos primero.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Could not write {path}: {e}</source>
        <translation>No se pudo escribir {path}: {e}</translation>
    </message>
</context>
<context>
    <name>LatentMap</name>
    <message>
        <source>PC 1 of z ({share:.0%} of the variance)</source>
        <translation>CP 1 de z ({share:.0%} de la varianza)</translation>
    </message>
    <message>
        <source>PC 2 of z ({share:.0%})</source>
        <translation>CP 2 de z ({share:.0%})</translation>
    </message>
    <message>
        <source>test set encoded (posterior means, {z} images): {chips}. Drag the yellow point.{note}</source>
        <translation>conjunto de prueba codificado (medias a posteriori, {z} imágenes): {chips}. Arrastra el punto amarillo.{note}</translation>
    </message>
    <message>
        <source>&lt;i&gt;{preparing}&lt;/i&gt; the sliders and the image work already.</source>
        <translation>&lt;i&gt;{preparing}&lt;/i&gt; los deslizadores y la imagen ya funcionan.</translation>
    </message>
    <message>
        <source>No test-set map: {data_error}. Drag the yellow point (it moves z in this plane) or the sliders.</source>
        <translation>Sin mapa del conjunto de prueba: {data_error}. Arrastra el punto amarillo (mueve z en este plano) o los deslizadores.</translation>
    </message>
    <message>
        <source>No test set to encode: {none}. Drag the yellow point or the sliders, or encode an image file.</source>
        <translation>No hay conjunto de prueba que codificar: {none}. Arrastra el punto amarillo o los deslizadores, o codifica un archivo de imagen.</translation>
    </message>
</context>
<context>
    <name>LatentSpace</name>
    <message>
        <source>z{j}: draws of the prior N(0, 1) (bars and line); a GAN has no encoder, so there are no training codes</source>
        <extracomment>nats: a VAE dimension whose KL to the prior is below this carries (almost) no information a dimension of a model without KL (autoencoder, PCA) whose codes vary less than this fraction of the most varied dimension&apos;s is shown inactive slider half-range in slider units (prior σ, or σ of the training codes) a code further than this many σ of the training codes from their mean is &quot;far&quot; families whose latent prior is N(0, I) (an autoencoder has none) the card&apos;s statistics are of prior draws, not of encoded data (a GAN: no encoder)</extracomment>
        <translation>z{j}: extracciones de la prior N(0, 1) (barras y línea); una GAN no tiene codificador, así que no hay códigos de entrenamiento</translation>
    </message>
    <message>
        <source>mean {j:+.2f}, std {j2:.2f}</source>
        <translation>media {j:+.2f}, desv. {j2:.2f}</translation>
    </message>
    <message>
        <source>z{j}: training codes (bars) vs the prior N(0, 1) (line); {stats}</source>
        <translation>z{j}: códigos de entrenamiento (barras) frente a la prior N(0, 1) (línea); {stats}</translation>
    </message>
    <message>
        <source>z{j}: codes of the test set (bars; an autoencoder has no prior); training codes {stats}</source>
        <translation>z{j}: códigos del conjunto de prueba (barras; un autocodificador no tiene prior); códigos de entrenamiento {stats}</translation>
    </message>
    <message>
        <source>; KL {j:.2f} nats</source>
        <translation>; KL {j:.2f} nats</translation>
    </message>
    <message>
        <source> — inactive</source>
        <translation> — inactiva</translation>
    </message>
    <message>
        <source> lie more than {far_sigmas:g} standard deviations from the training codes</source>
        <translation> están a más de {far_sigmas:g} desviaciones típicas de los códigos de entrenamiento</translation>
    </message>
    <message>
        <source>‖z‖² = {q:.1f} is beyond the prior&apos;s 99.9 % quantile ({q999:.1f})</source>
        <translation>‖z‖² = {q:.1f} supera el cuantil del 99,9 % de la prior ({q999:.1f})</translation>
    </message>
</context>
<context>
    <name>LatentView</name>
    <message>
        <source>Open the shipped MNIST VAE (d = 2)</source>
        <translation>Abrir el VAE MNIST incluido (d = 2)</translation>
    </message>
    <message>
        <source>No latent-variable model loaded</source>
        <translation>No hay ningún modelo de variables latentes cargado</translation>
    </message>
    <message>
        <source>This view puts a slider on every latent dimension of a trained VAE, autoencoder or probabilistic PCA and redraws the decoded image as you drag, with a map of the encoded test set.&lt;br&gt;&lt;br&gt;Use &lt;b&gt;File → Open model…&lt;/b&gt; (Ctrl+O) and pick a folder whose card says &lt;code&gt;&quot;kind&quot;: &quot;latent&quot;&lt;/code&gt;.</source>
        <translation>Esta vista pone un deslizador en cada dimensión latente de un VAE, autocodificador o PCA probabilístico entrenado y redibuja la imagen decodificada mientras arrastras, con un mapa del conjunto de prueba codificado.&lt;br&gt;&lt;br&gt;Usa &lt;b&gt;Archivo → Abrir modelo…&lt;/b&gt; (Ctrl+O) y elige una carpeta cuya ficha diga &lt;code&gt;&quot;kind&quot;: &quot;latent&quot;&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>shipped latent models</source>
        <translation>modelos latentes incluidos</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>z = 0, the prior mean</source>
        <translation>z = 0, la media de la prior</translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <source>draw z ~ N(0, I): generation is sampling from the prior</source>
        <translation>extraer z ~ N(0, I): generar es muestrear de la prior</translation>
    </message>
    <message>
        <source>truncation ψ</source>
        <translation>truncamiento ψ</translation>
    </message>
    <message>
        <source>ψ &lt; 1 pulls every code toward the prior&apos;s centre (the style generator: w toward the mean w̄): more typical, cleaner images, less variety; ψ = 0 is one average image</source>
        <translation>ψ &lt; 1 acerca cada código al centro de la prior (en el generador de estilo: w hacia la media w̄): imágenes más típicas y limpias, menos variedad; ψ = 0 es una única imagen media</translation>
    </message>
    <message>
        <source>Train a latent model…</source>
        <translation>Entrenar un modelo latente…</translation>
    </message>
    <message>
        <source>run a recipe (VAE, AE, PCA; shipped data or your images) in a separate process and open the result</source>
        <translation>ejecuta una receta (VAE, AE, PCA; datos incluidos o tus imágenes) en un proceso aparte y abre el resultado</translation>
    </message>
    <message>
        <source>decoded x = g(z)</source>
        <translation>x decodificada = g(z)</translation>
    </message>
    <message>
        <source>second model, same z</source>
        <translation>segundo modelo, misma z</translation>
    </message>
    <message>
        <source>compare with</source>
        <translation>comparar con</translation>
    </message>
    <message>
        <source>map axes</source>
        <translation>ejes del mapa</translation>
    </message>
    <message>
        <source>PCA of z</source>
        <translation>PCA de z</translation>
    </message>
    <message>
        <source>show the test codes along their two principal directions (for d &gt; 2); dragging the point moves z in that plane</source>
        <translation>muestra los códigos de prueba a lo largo de sus dos direcciones principales (para d &gt; 2); arrastrar el punto mueve z en ese plano</translation>
    </message>
    <message>
        <source>manifold grid</source>
        <translation>cuadrícula de la variedad</translation>
    </message>
    <message>
        <source>decode a {manifold_n}×{manifold_n} grid of codes over the visible region (other dimensions fixed at z)</source>
        <translation>decodifica una cuadrícula de {manifold_n}×{manifold_n} códigos sobre la región visible (las demás dimensiones fijas en z)</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>Codificar una imagen</translation>
    </message>
    <message>
        <source>Bookmarks and interpolation</source>
        <translation>Marcadores e interpolación</translation>
    </message>
    <message>
        <source>Traversal grid</source>
        <translation>Cuadrícula de recorrido</translation>
    </message>
    <message>
        <source>Style mixing</source>
        <translation>Mezcla de estilos</translation>
    </message>
    <message>
        <source>Invert an image</source>
        <translation>Invertir una imagen</translation>
    </message>
    <message>
        <source>test images — click one to encode it</source>
        <translation>imágenes de prueba — haz clic en una para codificarla</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>Encode an image file…</source>
        <translation>Codificar un archivo de imagen…</translation>
    </message>
    <message>
        <source>original x</source>
        <translation>x original</translation>
    </message>
    <message>
        <source>reconstruction g(f(x))</source>
        <translation>reconstrucción g(f(x))</translation>
    </message>
    <message>
        <source>reconstruction error: click a test image or encode a file</source>
        <translation>error de reconstrucción: haz clic en una imagen de prueba o codifica un archivo</translation>
    </message>
    <message>
        <source>double-click: jump to this z</source>
        <translation>doble clic: saltar a esta z</translation>
    </message>
    <message>
        <source>Bookmark z…</source>
        <translation>Marcar z…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>spherical</source>
        <translation>esférica</translation>
    </message>
    <message>
        <source>path</source>
        <translation>trayecto</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <source>Strip PNG…</source>
        <translation>Tira PNG…</translation>
    </message>
    <message>
        <source>GIF…</source>
        <translation>GIF…</translation>
    </message>
    <message>
        <source>each row: one dimension swept over −3σ … +3σ, the others fixed at the current z</source>
        <translation>cada fila: una dimensión recorrida de −3σ a +3σ, las demás fijas en la z actual</translation>
    </message>
    <message>
        <source>{name} (opened)</source>
        <translation>{name} (abierto)</translation>
    </message>
    <message>
        <source>test ELBO {test_elbo_nats:.1f} nats/image</source>
        <translation>ELBO de prueba {test_elbo_nats:.1f} nats/imagen</translation>
    </message>
    <message>
        <source>test log-likelihood {test_log_likelihood_nats:.1f} nats/image</source>
        <translation>log-verosimilitud de prueba {test_log_likelihood_nats:.1f} nats/imagen</translation>
    </message>
    <message>
        <source>reconstruction MSE {test_mse:.4f}</source>
        <translation>MSE de reconstrucción {test_mse:.4f}</translation>
    </message>
    <message>
        <source>5-NN accuracy in z {test_knn5_accuracy:.1%}</source>
        <translation>precisión 5-NN en z {test_knn5_accuracy:.1%}</translation>
    </message>
    <message>
        <source>samples classified with ≥ 90 % confidence {confident_share:.0%}</source>
        <translation>muestras clasificadas con confianza ≥ 90 % {confident_share:.0%}</translation>
    </message>
    <message>
        <source>Fréchet distance {frechet_distance:.1f}</source>
        <translation>distancia de Fréchet {frechet_distance:.1f}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{family}&lt;/b&gt;, d = {latent_dim}, on {name}&lt;br&gt;&lt;small&gt;{figs}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{family}&lt;/b&gt;, d = {latent_dim}, sobre {name}&lt;br&gt;&lt;small&gt;{figs}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>0, the prior mean</source>
        <translation>0, la media de la prior</translation>
    </message>
    <message>
        <source>w̄, the mean of mapped prior draws</source>
        <translation>w̄, la media de las extracciones de la prior transformadas</translation>
    </message>
    <message>
        <source>the mean of the training codes</source>
        <translation>la media de los códigos de entrenamiento</translation>
    </message>
    <message>
        <source>draw z from a Gaussian fitted to the training codes (an autoencoder has no prior)</source>
        <translation>extraer z de una gaussiana ajustada a los códigos de entrenamiento (un autocodificador no tiene prior)</translation>
    </message>
    <message>
        <source>z = 0, the prior mean — not a typical draw: samples of N(0, I) lie at ‖z‖ ≈ {dim:.0f}</source>
        <translation>z = 0, la media de la prior — no es una extracción típica: las muestras de N(0, I) están en ‖z‖ ≈ {dim:.0f}</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;far outside the data&lt;/b&gt;: </source>
        <translation>⚠ &lt;b&gt;muy fuera de los datos&lt;/b&gt;: </translation>
    </message>
    <message>
        <source> — the decoder has never been trained here.</source>
        <translation> — el decodificador nunca se ha entrenado aquí.</translation>
    </message>
    <message>
        <source>preparing the test set…</source>
        <translation>preparando el conjunto de prueba…</translation>
    </message>
</context>
<context>
    <name>LiveTraining</name>
    <message>
        <source>at least 2 training points are needed to fit a model</source>
        <translation>se necesitan al menos 2 puntos de entrenamiento para ajustar un modelo</translation>
    </message>
</context>
<context>
    <name>LiveTrainingPanel</name>
    <message>
        <source>Training {label} live…</source>
        <translation>Entrenando {label} en vivo…</translation>
    </message>
    <message>
        <source>Training {label}: step {step}/{total}, train NLL {train_nll}, held-out {val_nll} nats.</source>
        <translation>Entrenando {label}: paso {step}/{total}, NLL de entrenamiento {train_nll}, reservados {val_nll} nats.</translation>
    </message>
    <message>
        <source>{label}: scoring…</source>
        <translation>{label}: puntuando…</translation>
    </message>
    <message>
        <source>Training stopped: {error}</source>
        <translation>Entrenamiento detenido: {error}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>LoadedModel</name>
    <message>
        <source>{family} on {name} ({name2})</source>
        <translation>{family} sobre {name} ({name2})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Density</source>
        <extracomment>what each tab is called: the third shows every step sampler (diffusion, PixelCNN, RBM); the fourth, the Gallery, shows no model of its own (it opens them in the others)</extracomment>
        <translation>Densidad</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latente</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <source>latent</source>
        <extracomment>how the status bar&apos;s model label names a tab (translated where it is shown)</extracomment>
        <translation>latente</translation>
    </message>
    <message>
        <source>diffusion</source>
        <translation>difusión</translation>
    </message>
    <message>
        <source>Latent Explorer</source>
        <extracomment>the tabs that show one model (each has a ModelSlot)</extracomment>
        <translation>Latent Explorer</translation>
    </message>
    <message>
        <source>no model file opened</source>
        <translation>ningún archivo de modelo abierto</translation>
    </message>
    <message>
        <source>Ready. File → Open model… (Ctrl+O) loads a trained model.</source>
        <translation>Listo. Archivo → Abrir modelo… (Ctrl+O) carga un modelo entrenado.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <source>Open a model folder (model.safetensors + card.json)</source>
        <translation>Abrir una carpeta de modelo (model.safetensors + card.json)</translation>
    </message>
    <message>
        <source>&amp;Export view as PNG…</source>
        <translation>&amp;Exportar vista como PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the current view</source>
        <translation>Guardar una imagen de la vista actual</translation>
    </message>
    <message>
        <source>&amp;Train a model…</source>
        <translation>En&amp;trenar un modelo…</translation>
    </message>
    <message>
        <source>Run a training recipe for the current view in a separate process and open the result</source>
        <translation>Ejecutar una receta de entrenamiento para la vista actual en un proceso aparte y abrir el resultado</translation>
    </message>
    <message>
        <source>Train a&amp;nother kind of model</source>
        <translation>Entrenar &amp;otro tipo de modelo</translation>
    </message>
    <message>
        <source>a 2D density (any family)…</source>
        <translation>una densidad 2D (cualquier familia)…</translation>
    </message>
    <message>
        <source>a VAE / autoencoder / PCA…</source>
        <translation>un VAE / autocodificador / PCA…</translation>
    </message>
    <message>
        <source>an image GAN (DCGAN / style-based)…</source>
        <translation>una GAN de imágenes (DCGAN / basada en estilos)…</translation>
    </message>
    <message>
        <source>a diffusion model…</source>
        <translation>un modelo de difusión…</translation>
    </message>
    <message>
        <source>a PixelCNN (pixel by pixel)…</source>
        <translation>una PixelCNN (píxel a píxel)…</translation>
    </message>
    <message>
        <source>a restricted Boltzmann machine…</source>
        <translation>una máquina de Boltzmann restringida…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Model &amp;card…</source>
        <translation>&amp;Ficha del modelo…</translation>
    </message>
    <message>
        <source>What the model in this view is, how it was trained and how well</source>
        <translation>Qué es el modelo de esta vista, cómo se entrenó y qué tal funciona</translation>
    </message>
    <message>
        <source>&amp;About Latent Explorer</source>
        <translation>&amp;Acerca de Latent Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Open model folder</source>
        <translation>Abrir carpeta de modelo</translation>
    </message>
    <message>
        <source>Opening {path} …</source>
        <translation>Abriendo {path} …</translation>
    </message>
    <message>
        <source> — still opening </source>
        <translation> — aún abriendo </translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <source>{name} holds a {kind} model, which the {tab} view does not show; it stays as it is.</source>
        <translation>{name} contiene un modelo {kind}, que la vista {tab} no muestra; se queda como está.</translation>
    </message>
    <message>
        <source>Kept the model you opened in the {tab} view.</source>
        <translation>Se conservó el modelo que abriste en la vista {tab}.</translation>
    </message>
    <message>
        <source>Could not show the model.</source>
        <translation>No se pudo mostrar el modelo.</translation>
    </message>
    <message>
        <source>Could not show model</source>
        <translation>No se pudo mostrar el modelo</translation>
    </message>
    <message>
        <source>{path} was read but could not be shown because of an unexpected error ({name}: {e}).</source>
        <translation>{path} se leyó pero no se pudo mostrar por un error inesperado ({name}: {e}).</translation>
    </message>
    <message>
        <source>Opened {title}</source>
        <translation>Abierto {title}</translation>
    </message>
    <message>
        <source>{name} on the density canvas: its NLL by the probability-flow ODE (a few seconds); the heatmap is a density estimate of its samples.</source>
        <translation>{name} en el lienzo de densidad: su NLL por la ODE de flujo de probabilidad (unos segundos); el mapa de calor es una estimación de la densidad de sus muestras.</translation>
    </message>
    <message>
        <source>{path} could not be opened because of an unexpected error ({name}: {error}).</source>
        <translation>{path} no se pudo abrir por un error inesperado ({name}: {error}).</translation>
    </message>
    <message>
        <source>Could not open the model; nothing was changed.</source>
        <translation>No se pudo abrir el modelo; no se cambió nada.</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>No se pudo abrir el modelo</translation>
    </message>
    <message>
        <source>{name}: double-click a model to open it</source>
        <translation>{name}: haz doble clic en un modelo para abrirlo</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <translation>{name}: {title}</translation>
    </message>
    <message>
        <source>{name}: no model open</source>
        <translation>{name}: ningún modelo abierto</translation>
    </message>
    <message>
        <source> on {data}</source>
        <translation> sobre {data}</translation>
    </message>
    <message>
        <source>density: no model{on}</source>
        <translation>densidad: ningún modelo{on}</translation>
    </message>
    <message>
        <source>density: {title}</source>
        <translation>densidad: {title}</translation>
    </message>
    <message>
        <source>density: {label}{on}</source>
        <translation>densidad: {label}{on}</translation>
    </message>
    <message>
        <source>No model card</source>
        <translation>Sin ficha del modelo</translation>
    </message>
    <message>
        <source>The {name} view shows many models; open one (double-click its row) to see its card.</source>
        <translation>La vista {name} muestra muchos modelos; abre uno (doble clic en su fila) para ver su ficha.</translation>
    </message>
    <message>
        <source>No model file is open in the {name} view. Models fitted in the app have no card until they are trained with python -m training.</source>
        <translation>No hay ningún archivo de modelo abierto en la vista {name}. Los modelos ajustados en la aplicación no tienen ficha hasta que se entrenan con python -m training.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latent Explorer {version}&lt;/h3&gt;&lt;p&gt;A desktop lab for seeing how generative models work: densities fitted by maximum likelihood, latent spaces, and diffusion, with models it trains itself on your CPU.&lt;/p&gt;&lt;p&gt;Qt {qversion} · PySide6 {pyside_version} · pyqtgraph {version2} · torch {version3} · numpy {version4} · Python {python_version}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latent Explorer {version}&lt;/h3&gt;&lt;p&gt;Un laboratorio de escritorio para ver cómo funcionan los modelos generativos: densidades ajustadas por máxima verosimilitud, espacios latentes y difusión, con modelos que entrena él mismo en tu CPU.&lt;/p&gt;&lt;p&gt;Qt {qversion} · PySide6 {pyside_version} · pyqtgraph {version2} · torch {version3} · numpy {version4} · Python {python_version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Latent Explorer</source>
        <translation>Acerca de Latent Explorer</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Exportar vista como PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Could not write {path} (is the folder writable?).</source>
        <translation>No se pudo escribir {path} (¿se puede escribir en la carpeta?).</translation>
    </message>
</context>
<context>
    <name>MaskPainter</name>
    <message>
        <source>Pixels kept (paint them)</source>
        <extracomment>the tint of kept pixels (RGB) and how strongly it is mixed in</extracomment>
        <translation>Píxeles conservados (píntalos)</translation>
    </message>
    <message>
        <source>brush radius in pixels (0: one pixel)</source>
        <translation>radio del pincel en píxeles (0: un píxel)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>left drag erases instead of painting (right drag always erases)</source>
        <translation>arrastrar con el botón izquierdo borra en lugar de pintar (con el derecho siempre borra)</translation>
    </message>
    <message>
        <source>brush</source>
        <translation>pincel</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>keep the top half</source>
        <translation>conservar la mitad superior</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>keep the left half</source>
        <translation>conservar la mitad izquierda</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>keep nothing (sample every pixel)</source>
        <translation>no conservar nada (muestrear todos los píxeles)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <source>keep what is free and free what is kept</source>
        <translation>conservar lo libre y liberar lo conservado</translation>
    </message>
    <message>
        <source>unknown preset {name!r}</source>
        <translation>preajuste desconocido {name!r}</translation>
    </message>
    <message>
        <source>{kept} of {size} pixels kept; the sampler draws the other {kept2}</source>
        <translation>{kept} de {size} píxeles conservados; el muestreador extrae los otros {kept2}</translation>
    </message>
</context>
<context>
    <name>ModelBox</name>
    <message>
        <source>family:</source>
        <translation>familia:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the family to the training points (maximum likelihood); iterative families train live</source>
        <translation>Ajustar la familia a los puntos de entrenamiento (máxima verosimilitud); las familias iterativas se entrenan en vivo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>one progress report of the trainer: an EM iteration, or 50 optimisation steps</source>
        <translation>un informe de progreso del entrenador: una iteración EM o 50 pasos de optimización</translation>
    </message>
    <message>
        <source>Fit ladder</source>
        <translation>Escalera</translation>
    </message>
    <message>
        <source>Fit {ladder_text} in turn</source>
        <translation>Ajustar {ladder_text} por turnos</translation>
    </message>
    <message>
        <source>Open the shipped model for this data set</source>
        <translation>Abrir el modelo incluido para estos datos</translation>
    </message>
</context>
<context>
    <name>ModelCardDialog</name>
    <message>
        <source>Model card — {path}</source>
        <translation>Ficha del modelo — {path}</translation>
    </message>
</context>
<context>
    <name>ModelLabel</name>
    <message>
        <source>Box</source>
        <extracomment>the families&apos; short names (``Family.short``, a loaded DDPM&apos;s &quot;DDPM&quot;), marked for lupdate</extracomment>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiana</translation>
    </message>
    <message>
        <source>Factorised</source>
        <translation>Factorizada</translation>
    </message>
    <message>
        <source>GMM</source>
        <translation>GMM</translation>
    </message>
    <message>
        <source>KDE</source>
        <translation>KDE</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Autoregressive</source>
        <translation>Autorregresivo</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>DDPM</source>
        <translation>DDPM</translation>
    </message>
    <message>
        <source>non-saturating loss</source>
        <extracomment>the GAN label&apos;s parts after the noise dimension (the loss keys and the switches)</extracomment>
        <translation>pérdida no saturante</translation>
    </message>
    <message>
        <source>least-squares loss</source>
        <translation>pérdida de mínimos cuadrados</translation>
    </message>
    <message>
        <source>spectral norm</source>
        <translation>norma espectral</translation>
    </message>
    <message>
        <source>R1 penalty {gamma}</source>
        <translation>penalización R1 {gamma}</translation>
    </message>
    <message>
        <source>GMM K={k}</source>
        <translation>GMM K={k}</translation>
    </message>
    <message>
        <source>KDE (held-out bandwidth)</source>
        <translation>KDE (ancho de banda validado)</translation>
    </message>
    <message>
        <source>KDE (Scott&apos;s rule)</source>
        <translation>KDE (regla de Scott)</translation>
    </message>
    <message>
        <source>KDE (bandwidth {h})</source>
        <translation>KDE (ancho de banda {h})</translation>
    </message>
    <message>
        <source>Flow {layers}×{hidden}</source>
        <translation>Flujo {layers}×{hidden}</translation>
    </message>
    <message>
        <source>Autoregressive {d}×{d}</source>
        <translation>Autorregresivo {d}×{d}</translation>
    </message>
    <message>
        <source>GAN, {q}D noise, {parts}</source>
        <translation>GAN, ruido {q}D, {parts}</translation>
    </message>
</context>
<context>
    <name>OpenedModels</name>
    <message>
        <source>No shipped model for this data set</source>
        <translation>No hay modelo incluido para estos datos</translation>
    </message>
    <message>
        <source>Open the shipped {first} for this data set</source>
        <translation>Abrir el {first} incluido para estos datos</translation>
    </message>
    <message>
        <source> (+{found} more)</source>
        <translation> (+{found} más)</translation>
    </message>
    <message>
        <source>No shipped model for this data set.</source>
        <translation>No hay modelo incluido para estos datos.</translation>
    </message>
    <message>
        <source>Could not open the shipped model</source>
        <translation>No se pudo abrir el modelo incluido</translation>
    </message>
    <message>
        <source>Scoring {name} on {name2}…</source>
        <translation>Puntuando {name} sobre {name2}…</translation>
    </message>
</context>
<context>
    <name>ParityButton</name>
    <message>
        <source>Quality vs steps…</source>
        <translation>Calidad según pasos…</translation>
    </message>
    <message>
        <source>how each sampler&apos;s samples score against the number of steps, measured for this model</source>
        <translation>cómo puntúan las muestras de cada muestreador según el número de pasos, medido para este modelo</translation>
    </message>
    <message>
        <source>this model&apos;s card has no solver parity table (python -m benchmarks.solvers --write-card measures one)</source>
        <translation>la ficha de este modelo no tiene tabla de paridad de resolvedores (python -m benchmarks.solvers --write-card la mide)</translation>
    </message>
</context>
<context>
    <name>ProbePanel</name>
    <message>
        <source>log p_model = {lm}</source>
        <extracomment>time budget for one grid evaluation while the view is being dragged a model class&apos;s measured cost of one grid point (ms), kept across views</extracomment>
        <translation>log p_model = {lm}</translation>
    </message>
    <message>
        <source>log p_data = {lt} (true)</source>
        <translation>log p_data = {lt} (verdadera)</translation>
    </message>
    <message>
        <source>log p_data ≈ {lt} (KDE estimate)</source>
        <translation>log p_data ≈ {lt} (estimación KDE)</translation>
    </message>
    <message>
        <source>on land</source>
        <translation>en tierra</translation>
    </message>
    <message>
        <source>in the sea</source>
        <translation>en el mar</translation>
    </message>
    <message>
        <source>off the map (longitude ±180°, latitude ±90°)</source>
        <translation>fuera del mapa (longitud ±180°, latitud ±90°)</translation>
    </message>
    <message>
        <source>log p_data/p_model = {lm:+.3f}</source>
        <translation>log p_data/p_model = {lm:+.3f}</translation>
    </message>
</context>
<context>
    <name>PromptBox</name>
    <message>
        <source>Prompt and guidance</source>
        <extracomment>the slider&apos;s range: s = value / SCALE in 0 … MAX_S samples per point of the curve measured for one prompt</extracomment>
        <translation>Prompt y guía</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>classifier-free guidance scale s</source>
        <translation>escala s de la guía sin clasificador</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>guía</translation>
    </message>
    <message>
        <source>s = 0: the unconditional model; s = 1: the conditional one; s &amp;gt; 1: pushed further towards the class</source>
        <translation>s = 0: el modelo incondicional; s = 1: el condicional; s &amp;gt; 1: empujado más hacia la clase</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#286edc&apos;&gt;━ accuracy&lt;/span&gt; · &lt;span style=&apos;color:#e6781e&apos;&gt;━ diversity&lt;/span&gt; — dashed: the card (all classes), solid: this prompt</source>
        <translation>&lt;span style=&apos;color:#286edc&apos;&gt;━ precisión&lt;/span&gt; · &lt;span style=&apos;color:#e6781e&apos;&gt;━ diversidad&lt;/span&gt; — discontinuas: la ficha (todas las clases), continuas: este prompt</translation>
    </message>
    <message>
        <source>Measure for this prompt</source>
        <translation>Medir para este prompt</translation>
    </message>
    <message>
        <source>sample {n} images per guidance scale for the prompted class (fast solver, 20 steps) and plot how many are classified as that class and how varied they are</source>
        <translation>muestrea {n} imágenes por escala de guía para la clase pedida (resolvedor rápido, 20 pasos) y representa cuántas se clasifican como esa clase y cuán variadas son</translation>
    </message>
    <message>
        <source>a digit: 7, seven, siete, sete, 七 …</source>
        <translation>un dígito: 7, siete, seven, sete, 七 …</translation>
    </message>
    <message>
        <source>a class: {names}</source>
        <translation>una clase: {names}</translation>
    </message>
    <message>
        <source>Dashed: measured for the card over all classes ({n} per class, {sampler}); accuracy = share classified as the prompted class, diversity = spread of the samples ÷ spread of real examples of that class.</source>
        <translation>Discontinuas: medidas para la ficha sobre todas las clases ({n} por clase, {sampler}); precisión = proporción clasificada como la clase pedida, diversidad = dispersión de las muestras ÷ dispersión de ejemplos reales de esa clase.</translation>
    </message>
    <message>
        <source>No prompt: the unconditional model (∅) draws.</source>
        <translation>Sin prompt: muestrea el modelo incondicional (∅).</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b03020&apos;&gt;Not understood&lt;/span&gt; — name one class: {hint}</source>
        <translation>&lt;span style=&apos;color:#b03020&apos;&gt;No entendido&lt;/span&gt; — nombra una clase: {hint}</translation>
    </message>
    <message>
        <source>→ class &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>→ clase &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#b03020&apos;&gt;the training set has no example of it&lt;/span&gt;: its label was never learned, so what the model draws for it means nothing</source>
        <translation> — &lt;span style=&apos;color:#b03020&apos;&gt;el conjunto de entrenamiento no tiene ningún ejemplo&lt;/span&gt;: su etiqueta nunca se aprendió, así que lo que el modelo genera para ella no significa nada</translation>
    </message>
    <message>
        <source>Type a prompt the model understands first.</source>
        <translation>Primero escribe un prompt que el modelo entienda.</translation>
    </message>
    <message>
        <source>Solid: measured now for class {name}, {n} samples per point.</source>
        <translation>Continuas: medidas ahora para la clase {name}, {n} muestras por punto.</translation>
    </message>
    <message>
        <source>Measuring s = {s:g} ({i} of {n}) …</source>
        <translation>Midiendo s = {s:g} ({i} de {n}) …</translation>
    </message>
    <message>
        <source>The measure failed: {e}</source>
        <translation>La medición falló: {e}</translation>
    </message>
</context>
<context>
    <name>RBMFiltersPanel</name>
    <message>
        <source>filters W (one per hidden unit)</source>
        <translation>filtros W (uno por unidad oculta)</translation>
    </message>
    <message>
        <source>Each tile is one hidden unit&apos;s weights to the pixels: red pixels switch the unit on, blue ones switch it off.</source>
        <translation>Cada mosaico son los pesos de una unidad oculta hacia los píxeles: los píxeles rojos activan la unidad, los azules la desactivan.</translation>
    </message>
    <message>
        <source>{shown} of {n} units · colour scale ±{s:.2g}</source>
        <translation>{shown} de {n} unidades · escala de color ±{s:.2g}</translation>
    </message>
    <message>
        <source>{n} units · colour scale ±{s:.2g}</source>
        <translation>{n} unidades · escala de color ±{s:.2g}</translation>
    </message>
</context>
<context>
    <name>ReverseDrawing</name>
    <message>
        <source>particles x_t</source>
        <translation>partículas x_t</translation>
    </message>
    <message>
        <source>−ε̂ (towards the data)</source>
        <translation>−ε̂ (hacia los datos)</translation>
    </message>
    <message>
        <source>computing x_T …</source>
        <translation>calculando x_T …</translation>
    </message>
    <message>
        <source>x₀ reached</source>
        <translation>x₀ alcanzado</translation>
    </message>
    <message>
        <source>step &lt;b&gt;{index}&lt;/b&gt; / {total} · {where} · {label}</source>
        <translation>paso &lt;b&gt;{index}&lt;/b&gt; / {total} · {where} · {label}</translation>
    </message>
    <message>
        <source>x₀ (final sample)</source>
        <translation>x₀ (muestra final)</translation>
    </message>
    <message>
        <source>std {std:.2f}</source>
        <translation>desv. {std:.2f}</translation>
    </message>
    <message>
        <source>computing ε̂ …</source>
        <translation>calculando ε̂ …</translation>
    </message>
    <message>
        <source>(no prediction after the last step)</source>
        <translation>(no hay predicción tras el último paso)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — sample {i}, step {k} / {total}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — muestra {i}, paso {k} / {total}</translation>
    </message>
    <message>
        <source>batch: x_t</source>
        <translation>lote: x_t</translation>
    </message>
    <message>
        <source>batch: x̂₀</source>
        <translation>lote: x̂₀</translation>
    </message>
    <message>
        <source>click an image to follow it (selected: {i})</source>
        <translation>haz clic en una imagen para seguirla (seleccionada: {i})</translation>
    </message>
    <message>
        <source>{label} · step {k}/{total} · </source>
        <translation>{label} · paso {k}/{total} · </translation>
    </message>
    <message>
        <source>energy distance to p_data &lt;b&gt;{energy_distance:.4f}&lt;/b&gt; (two real samples: {energy_distance_floor:.4f})</source>
        <translation>distancia de energía a p_data &lt;b&gt;{energy_distance:.4f}&lt;/b&gt; (dos muestras reales: {energy_distance_floor:.4f})</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:rgb(220,30,30)&apos;&gt;●&lt;/span&gt; A off-support {share_off_support:.1%} · &lt;span style=&apos;color:rgb(170,60,230)&apos;&gt;●&lt;/span&gt; B memorised {share_memorised:.1%} · &lt;span style=&apos;color:rgb(20,200,90)&apos;&gt;●&lt;/span&gt; C plausible {share_plausible:.1%} (colours on the final particles)</source>
        <translation>&lt;span style=&apos;color:rgb(220,30,30)&apos;&gt;●&lt;/span&gt; A fuera del soporte {share_off_support:.1%} · &lt;span style=&apos;color:rgb(170,60,230)&apos;&gt;●&lt;/span&gt; B memorizadas {share_memorised:.1%} · &lt;span style=&apos;color:rgb(20,200,90)&apos;&gt;●&lt;/span&gt; C plausibles {share_plausible:.1%} (colores en las partículas finales)</translation>
    </message>
    <message>
        <source>Final samples ({final}): </source>
        <translation>Muestras finales ({final}): </translation>
    </message>
    <message>
        <source>could not score the samples: {e}</source>
        <translation>no se pudieron puntuar las muestras: {e}</translation>
    </message>
</context>
<context>
    <name>ScheduleWidget</name>
    <message>
        <source>log SNR(t) = log ᾱ_t / (1 − ᾱ_t)</source>
        <translation>log SNR(t) = log ᾱ_t / (1 − ᾱ_t)</translation>
    </message>
    <message>
        <source>ᾱ_t (signal²)</source>
        <translation>ᾱ_t (señal²)</translation>
    </message>
    <message>
        <source>√(1−ᾱ_t) (noise)</source>
        <translation>√(1−ᾱ_t) (ruido)</translation>
    </message>
    <message>
        <source>{name}, T = {t}: &lt;span style=&apos;color:#1e1e1e&apos;&gt;ᾱ_t&lt;/span&gt; · &lt;span style=&apos;color:#c83c28&apos;&gt;√(1−ᾱ_t)&lt;/span&gt; · &lt;span style=&apos;color:#286edc&apos;&gt;β_t × 50&lt;/span&gt;</source>
        <translation>{name}, T = {t}: &lt;span style=&apos;color:#1e1e1e&apos;&gt;ᾱ_t&lt;/span&gt; · &lt;span style=&apos;color:#c83c28&apos;&gt;√(1−ᾱ_t)&lt;/span&gt; · &lt;span style=&apos;color:#286edc&apos;&gt;β_t × 50&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ScoreboardPanel</name>
    <message>
        <source>&lt;b&gt;Samples from {label}&lt;/b&gt; (1,000):&lt;br&gt;{off} &lt;small&gt;({support_rule})&lt;/small&gt;&lt;br&gt;{mem} &lt;small&gt;(closer to a training point than 99 % of training points are to their nearest neighbour)&lt;/small&gt;&lt;br&gt;{ok}</source>
        <translation>&lt;b&gt;Muestras de {label}&lt;/b&gt; (1.000):&lt;br&gt;{off} &lt;small&gt;({support_rule})&lt;/small&gt;&lt;br&gt;{mem} &lt;small&gt;(más cerca de un punto de entrenamiento de lo que el 99 % de los puntos de entrenamiento están de su vecino más próximo)&lt;/small&gt;&lt;br&gt;{ok}</translation>
    </message>
    <message>
        <source>A off-support: {off:.1%}</source>
        <translation>A fuera del soporte: {off:.1%}</translation>
    </message>
    <message>
        <source>B memorised: {mem:.1%}</source>
        <translation>B memorizadas: {mem:.1%}</translation>
    </message>
    <message>
        <source>C plausible: {ok:.1%}</source>
        <translation>C plausibles: {ok:.1%}</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Density: the live-training curve (the models are saved)</source>
        <extracomment>what the view does not save (shown in the status bar when a session opens)</extracomment>
        <translation>Densidad: la curva del entrenamiento en vivo (los modelos sí se guardan)</translation>
    </message>
    <message>
        <source>Step-through: the playback speed and the 2D trails / ε̂-field switches</source>
        <extracomment>what the view does not save (shown in the status bar when a session opens)</extracomment>
        <translation>Paso a paso: la velocidad de reproducción y los interruptores de estelas 2D / campo ε̂</translation>
    </message>
    <message>
        <source>Latent: the compare-with model, the interpolation path, the map axes and grid, an encoded image, the style-mixing and inversion settings</source>
        <extracomment>what the view does not save (shown in the status bar when a session opens)</extracomment>
        <translation>Latente: el modelo de comparación, el trayecto de interpolación, los ejes y la cuadrícula del mapa, una imagen codificada, los ajustes de mezcla de estilos y de inversión</translation>
    </message>
    <message>
        <source>Latent Explorer session (*.lexsession)</source>
        <translation>Sesión de Latent Explorer (*.lexsession)</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <extracomment>tests replace this to answer &quot;replace your drawing?&quot; without a modal loop</extracomment>
        <translation>&amp;Guardar sesión…</translation>
    </message>
    <message>
        <source>Save what every view shows (data, models, z, steps) in one .lexsession file</source>
        <translation>Guardar lo que muestra cada vista (datos, modelos, z, pasos) en un único archivo .lexsession</translation>
    </message>
    <message>
        <source>Open sess&amp;ion…</source>
        <translation>Abrir se&amp;sión…</translation>
    </message>
    <message>
        <source>Reopen a saved session exactly as it was</source>
        <translation>Volver a abrir una sesión guardada exactamente como estaba</translation>
    </message>
    <message>
        <source>Open &amp;recent session</source>
        <translation>Abrir sesión &amp;reciente</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>No se pudo guardar la sesión</translation>
    </message>
    <message>
        <source>Saved the session to {written}</source>
        <translation>Sesión guardada en {written}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>{filter};;All files (*)</source>
        <translation>{filter};;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opening the session {name} …</source>
        <translation>Abriendo la sesión {name} …</translation>
    </message>
    <message>
        <source>{path} could not be opened because of an unexpected error ({name}: {error}).</source>
        <translation>{path} no se pudo abrir por un error inesperado ({name}: {error}).</translation>
    </message>
    <message>
        <source>Could not open the session; nothing was changed.</source>
        <translation>No se pudo abrir la sesión; no se cambió nada.</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>No se pudo abrir la sesión</translation>
    </message>
    <message>
        <source>Replace your drawing?</source>
        <translation>¿Reemplazar tu dibujo?</translation>
    </message>
    <message>
        <source>Session not opened; your drawing is unchanged.</source>
        <translation>Sesión no abierta; tu dibujo no ha cambiado.</translation>
    </message>
    <message>
        <source>Could not show the session.</source>
        <translation>No se pudo mostrar la sesión.</translation>
    </message>
    <message>
        <source>Could not show the session</source>
        <translation>No se pudo mostrar la sesión</translation>
    </message>
    <message>
        <source>{path} was read but could not be shown because of an unexpected error ({name}: {e}).</source>
        <translation>{path} se leyó pero no se pudo mostrar por un error inesperado ({name}: {e}).</translation>
    </message>
    <message>
        <source>Opened the session {name}.</source>
        <translation>Sesión {name} abierta.</translation>
    </message>
    <message>
        <source> Not restored: </source>
        <translation> No restaurado: </translation>
    </message>
    <message>
        <source> Note: </source>
        <translation> Nota: </translation>
    </message>
    <message>
        <source>Removed from the recent sessions (the files are gone): </source>
        <translation>Quitadas de las sesiones recientes (los archivos ya no existen): </translation>
    </message>
</context>
<context>
    <name>SliderRow</name>
    <message>
        <source>reset {symbol}{j} to {centre:+.2f}</source>
        <translation>restablecer {symbol}{j} a {centre:+.2f}</translation>
    </message>
    <message>
        <source> (the prior mean)</source>
        <translation> (la media de la prior)</translation>
    </message>
    <message>
        <source> (the mean of the training codes)</source>
        <translation> (la media de los códigos de entrenamiento)</translation>
    </message>
    <message>
        <source>{tip}; slider: {lo:+.2f} … {hi:+.2f}</source>
        <translation>{tip}; deslizador: {lo:+.2f} … {hi:+.2f}</translation>
    </message>
</context>
<context>
    <name>SolverParityDialog</name>
    <message>
        <source>Quality against steps — {model}</source>
        <extracomment>one colour per sampler (DDIM&apos;s other step counts included)</extracomment>
        <translation>Calidad según el número de pasos — {model}</translation>
    </message>
    <message>
        <source>Quality against steps</source>
        <translation>Calidad según el número de pasos</translation>
    </message>
    <message>
        <source>Every sampler from the same x_T, {n} samples each, scored by the shipped digit classifier. Dashed: DDIM-50; shaded: no worse than it (at most {pts:g} point fewer confident digits, a Fréchet distance at most {pct:g} % higher). Ringed: the view&apos;s default.</source>
        <translation>Cada muestreador desde el mismo x_T, {n} muestras cada uno, puntuadas por el clasificador de dígitos incluido. Discontinua: DDIM-50; sombreado: no peor que él (como mucho {pts:g} punto menos de dígitos seguros, una distancia de Fréchet como mucho un {pct:g} % mayor). Con anillo: el valor por defecto de la vista.</translation>
    </message>
    <message>
        <source>confident ≥ 0.9 (%)</source>
        <translation>seguros ≥ 0.9 (%)</translation>
    </message>
    <message>
        <source>Fréchet distance (lower is better)</source>
        <translation>distancia de Fréchet (menor es mejor)</translation>
    </message>
    <message>
        <source>steps (network evaluations)</source>
        <translation>pasos (evaluaciones de la red)</translation>
    </message>
    <message>
        <source>default: {sampler}, {steps} steps</source>
        <translation>por defecto: {sampler}, {steps} pasos</translation>
    </message>
    <message>
        <source> ({ratio:.2f} × DDIM-50&apos;s time)</source>
        <translation> ({ratio:.2f} × el tiempo de DDIM-50)</translation>
    </message>
    <message>
        <source>on these {n} samples the fewest steps inside the band: {sampler}, {steps}</source>
        <translation>en estas {n} muestras, el menor número de pasos dentro de la banda: {sampler}, {steps}</translation>
    </message>
    <message>
        <source>measured {when} on {cpu}</source>
        <translation>medido el {when} en {cpu}</translation>
    </message>
</context>
<context>
    <name>SpaceSwitch</name>
    <message>
        <source>sliders over</source>
        <translation>deslizadores sobre</translation>
    </message>
    <message>
        <source>z — the input noise</source>
        <translation>z — el ruido de entrada</translation>
    </message>
    <message>
        <source>w — after the mapping network</source>
        <translation>w — tras la red de mapeo</translation>
    </message>
    <message>
        <source>z ~ N(0, I) is what the generator is fed; w = f(z) is what its layers are styled by. Single w coordinates tend to follow single factors of the digits more closely than z&apos;s</source>
        <translation>z ~ N(0, I) es lo que recibe el generador; w = f(z) es lo que da estilo a sus capas. Las coordenadas de w por separado suelen seguir factores individuales de los dígitos más de cerca que las de z</translation>
    </message>
</context>
<context>
    <name>StepThroughView</name>
    <message>
        <source>Sampler</source>
        <extracomment>a panel kind a model declares (``step_panel_kinds``) → its colour map and levels; panels of no listed kind are grey images in [0, 1] panels per row: more go on the next row (a latent DDPM&apos;s row and the pixel DDPM&apos;s)</extracomment>
        <translation>Muestreador</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño del lote</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>Paso ▶</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Run to end</source>
        <translation>Ejecutar hasta el final</translation>
    </message>
    <message>
        <source>Receptive field of one output</source>
        <translation>Campo receptivo de una salida</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>|∂ logit / ∂ input|</source>
        <translation>|∂ logit / ∂ entrada|</translation>
    </message>
    <message>
        <source>sampling failed: {name}: {error}</source>
        <translation>el muestreo falló: {name}: {error}</translation>
    </message>
    <message>
        <source>computing …</source>
        <translation>calculando …</translation>
    </message>
    <message>
        <source>{secs:.1f} ms per step</source>
        <translation>{secs:.1f} ms por paso</translation>
    </message>
    <message>
        <source>step {index} of {total} shown · {frames} computed · {per}</source>
        <translation>paso {index} de {total} mostrado · {frames} calculados · {per}</translation>
    </message>
    <message>
        <source>step {index} of {total}: {caption}</source>
        <translation>paso {index} de {total}: {caption}</translation>
    </message>
    <message>
        <source>output ({r}, {c}) (blank); zero = cannot see</source>
        <translation>salida ({r}, {c}) (en blanco); cero = no puede ver</translation>
    </message>
</context>
<context>
    <name>StyleMixPanel</name>
    <message>
        <source>seed A</source>
        <translation>semilla A</translation>
    </message>
    <message>
        <source>seed B</source>
        <translation>semilla B</translation>
    </message>
    <message>
        <source>A = the sliders&apos; z</source>
        <translation>A = la z de los deslizadores</translation>
    </message>
    <message>
        <source>take source A from the sliders: drag them and watch which features the coarse styles carry</source>
        <translation>tomar la fuente A de los deslizadores: arrástralos y observa qué rasgos llevan los estilos gruesos</translation>
    </message>
    <message>
        <source>crossover</source>
        <translation>cruce</translation>
    </message>
    <message>
        <source>styles before this layer come from A (coarse: shape, pose, thickness), the rest from B (fine: stroke detail)</source>
        <translation>los estilos antes de esta capa vienen de A (gruesos: forma, postura, grosor), el resto de B (finos: detalle del trazo)</translation>
    </message>
    <message>
        <source>mix</source>
        <translation>mezcla</translation>
    </message>
    <message>
        <source>every crossover: all B (left) … all A (right)</source>
        <translation>cada cruce: todo B (izquierda) … todo A (derecha)</translation>
    </message>
    <message>
        <source> (up to the {c}×{c} layers)</source>
        <translation> (hasta las capas de {c}×{c})</translation>
    </message>
    <message>
        <source>all styles from &lt;b&gt;B&lt;/b&gt;: the mix is B</source>
        <translation>todos los estilos de &lt;b&gt;B&lt;/b&gt;: la mezcla es B</translation>
    </message>
    <message>
        <source>all styles from &lt;b&gt;A&lt;/b&gt;: the mix is A</source>
        <translation>todos los estilos de &lt;b&gt;A&lt;/b&gt;: la mezcla es A</translation>
    </message>
    <message>
        <source>styles 0–{c} from &lt;b&gt;A&lt;/b&gt;{where}, styles {c2}–{n} from &lt;b&gt;B&lt;/b&gt;: coarse layers set shape and pose, fine ones the strokes</source>
        <translation>estilos 0–{c} de &lt;b&gt;A&lt;/b&gt;{where}, estilos {c2}–{n} de &lt;b&gt;B&lt;/b&gt;: las capas gruesas fijan la forma y la postura, las finas los trazos</translation>
    </message>
</context>
<context>
    <name>TestSetPanel</name>
    <message>
        <source>an unexpected error ({name}: {result})</source>
        <translation>un error inesperado ({name}: {result})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Could not open the second model</source>
        <translation>No se pudo abrir el segundo modelo</translation>
    </message>
    <message>
        <source>{family}, same z</source>
        <translation>{family}, misma z</translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <source>◀ Back</source>
        <extracomment>settings keys: the folder of the tour last shown and its stop the panel&apos;s width beside the views (where the window is wide enough), its height under them (a 1280 × 800 window: the views need ~1,080 pixels of width, not all 800 of height) the width of the title-and-buttons column when the panel lies under the views</extracomment>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>The previous stop (opens its session)</source>
        <translation>La parada anterior (abre su sesión)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The next stop (opens its session)</source>
        <translation>La parada siguiente (abre su sesión)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hide the tour; Help → Tour brings it back at this stop</source>
        <translation>Oculta la visita; Ayuda → Visita guiada la vuelve a mostrar en esta parada</translation>
    </message>
    <message>
        <source>No tour open</source>
        <translation>Ninguna visita abierta</translation>
    </message>
    <message>
        <source>Help → Tour opens the guided tour of the chapter; Help → Open tour… opens a folder of your own (tour.toml and its .lexsession files).</source>
        <translation>Ayuda → Visita guiada abre la visita guiada del capítulo; Ayuda → Abrir visita… abre una carpeta propia (tour.toml y sus archivos .lexsession).</translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation>Parada {0} de {1}</translation>
    </message>
    <message>
        <source>Opening this stop&apos;s session ({0})…</source>
        <translation>Abriendo la sesión de esta parada ({0})…</translation>
    </message>
    <message>
        <source>Opening the tour&apos;s stop {0} …</source>
        <translation>Abriendo la parada {0} de la visita…</translation>
    </message>
    <message>
        <source>Stop {0} could not be shown: {1}</source>
        <translation>No se pudo mostrar la parada {0}: {1}</translation>
    </message>
    <message>
        <source>Stop {0} was not opened; your drawing is unchanged.</source>
        <translation>La parada {0} no se abrió; tu dibujo no ha cambiado.</translation>
    </message>
    <message>
        <source>an unexpected error ({0}: {1})</source>
        <translation>un error inesperado ({0}: {1})</translation>
    </message>
    <message>
        <source>Could not open the tour&apos;s stop; nothing was changed.</source>
        <translation>No se pudo abrir la parada de la visita; no se cambió nada.</translation>
    </message>
    <message>
        <source>Stop {0}&apos;s session {1} could not be opened, so the app shows what it showed before. {2}</source>
        <translation>No se pudo abrir la sesión {1} de la parada {0}, así que la aplicación muestra lo mismo que antes. {2}</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Visita guiada</translation>
    </message>
    <message>
        <source> The tour that was open stays.</source>
        <translation> La visita que estaba abierta se mantiene.</translation>
    </message>
    <message>
        <source>Could not open the tour: {0}{1}</source>
        <translation>No se pudo abrir la visita: {0}{1}</translation>
    </message>
    <message>
        <source>Open a tour folder</source>
        <translation>Abrir una carpeta de visita</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Visita guiada</translation>
    </message>
    <message>
        <source>A guided tour of the chapter: each stop opens a session and explains what it shows</source>
        <translation>Una visita guiada por el capítulo: cada parada abre una sesión y explica lo que muestra</translation>
    </message>
    <message>
        <source>Open t&amp;our…</source>
        <translation>Abrir v&amp;isita…</translation>
    </message>
    <message>
        <source>Open your own tour: a folder with tour.toml and the sessions it names</source>
        <translation>Abre tu propia visita: una carpeta con tour.toml y las sesiones que nombra</translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <source>your images (folder / .npz / IDX)…</source>
        <translation>tus imágenes (carpeta / .npz / IDX)…</translation>
    </message>
    <message>
        <source>your points (CSV)…</source>
        <translation>tus puntos (CSV)…</translation>
    </message>
    <message>
        <source>Train a {kind} model</source>
        <translation>Entrenar un modelo {kind}</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>DCGAN (transposed convolutions)</source>
        <translation>DCGAN (convoluciones traspuestas)</translation>
    </message>
    <message>
        <source>style-based (mapping network, modulated convolutions)</source>
        <translation>basada en estilos (red de mapeo, convoluciones moduladas)</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>generador</translation>
    </message>
    <message>
        <source>training steps</source>
        <translation>pasos de entrenamiento</translation>
    </message>
    <message>
        <source>gated (no blind spot)</source>
        <translation>con compuertas (sin punto ciego)</translation>
    </message>
    <message>
        <source>plain masked (has the blind spot)</source>
        <translation>enmascarada simple (tiene el punto ciego)</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>persistent contrastive divergence (PCD)</source>
        <translation>divergencia contrastiva persistente (PCD)</translation>
    </message>
    <message>
        <source>CD-1 (chains restarted at the data)</source>
        <translation>CD-1 (cadenas reiniciadas en los datos)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>hidden units: log Z is exact up to 20, by AIS above</source>
        <translation>unidades ocultas: log Z es exacto hasta 20, por AIS por encima</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>unidades ocultas</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>latent dimensions</source>
        <translation>dimensiones latentes</translation>
    </message>
    <message>
        <source>most epochs</source>
        <translation>máximo de épocas</translation>
    </message>
    <message>
        <source>resume from the last checkpoint of this output</source>
        <translation>reanudar desde el último punto de control de esta salida</translation>
    </message>
    <message>
        <source>more options, e.g. --lr 0.001 (see python -m training {kind} --help)</source>
        <translation>más opciones, p. ej. --lr 0.001 (ver python -m training {kind} --help)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>save to</source>
        <translation>guardar en</translation>
    </message>
    <message>
        <source>Choose the recipe and press Start.</source>
        <translation>Elige la receta y pulsa Iniciar.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Cancelar el entrenamiento</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Carpeta de imágenes</translation>
    </message>
    <message>
        <source>CSV of 2D points</source>
        <translation>CSV de puntos 2D</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the model in (a new folder inside)</source>
        <translation>Guardar el modelo en (una carpeta nueva dentro)</translation>
    </message>
    <message>
        <source>(the options cannot be parsed: {e})</source>
        <translation>(no se pueden interpretar las opciones: {e})</translation>
    </message>
    <message>
        <source>The options cannot be parsed: {e}</source>
        <translation>No se pueden interpretar las opciones: {e}</translation>
    </message>
    <message>
        <source>Choose your data first (the data list&apos;s last entries).</source>
        <translation>Elige primero tus datos (las últimas entradas de la lista de datos).</translation>
    </message>
    <message>
        <source>Training in a separate process…</source>
        <translation>Entrenando en un proceso aparte…</translation>
    </message>
    <message>
        <source>Saved; computing the quality figures…</source>
        <translation>Guardado; calculando las cifras de calidad…</translation>
    </message>
    <message>
        <source>{epoch} {x} / {total} · loss {loss:.4g}</source>
        <translation>{epoch} {x} / {total} · pérdida {loss:.4g}</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source> · held-out {val:.4g}</source>
        <translation> · reservados {val:.4g}</translation>
    </message>
    <message>
        <source>Could not start {executable}.</source>
        <translation>No se pudo iniciar {executable}.</translation>
    </message>
    <message>
        <source> The last checkpoint is kept: tick ‘resume’ and Start to continue.</source>
        <translation> Se conserva el último punto de control: marca «reanudar» y pulsa Iniciar para continuar.</translation>
    </message>
    <message>
        <source> No checkpoint had been written yet.</source>
        <translation> Aún no se había escrito ningún punto de control.</translation>
    </message>
    <message>
        <source>Training cancelled; no model was saved.</source>
        <translation>Entrenamiento cancelado; no se guardó ningún modelo.</translation>
    </message>
    <message>
        <source>Done: {result_path}</source>
        <translation>Hecho: {result_path}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>estado de salida {code}</translation>
    </message>
    <message>
        <source>Training failed: {why}</source>
        <translation>El entrenamiento falló: {why}</translation>
    </message>
</context>
<context>
    <name>TrainingCurve</name>
    <message>
        <source>Training curve (NLL, nats per point)</source>
        <translation>Curva de entrenamiento (NLL, nats por punto)</translation>
    </message>
    <message>
        <source>no training yet — fit a family trained step by step
(GMM, flow, autoregressive) to see its NLL per step</source>
        <translation>aún sin entrenamiento — ajusta una familia
que se entrene paso a paso (GMM, flujo,
autorregresivo) para ver su NLL por paso</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pausa</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Iniciar</translation>
    </message>
</context>
<context>
    <name>TraversalPanel</name>
    <message>
        <source> · KL {j:.2f}</source>
        <translation> · KL {j:.2f}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;the first {n} of {dim} dimensions&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;las primeras {n} de {dim} dimensiones&lt;/i&gt;</translation>
    </message>
    <message>
        <source>rows, top to bottom:&lt;br&gt;</source>
        <translation>filas, de arriba abajo:&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>VisibleGrid</name>
    <message>
        <source>Could not evaluate the grid: {e}</source>
        <translation>No se pudo evaluar la cuadrícula: {e}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>no shipped {short} for {data}; tick ‘train families without a shipped model’ or fit it with Fit</source>
        <extracomment>the sample figures added to every compared entry&apos;s metrics</extracomment>
        <translation>no hay {short} incluido para {data}; marca ‘entrenar familias sin modelo incluido’ o ajústalo con Ajustar</translation>
    </message>
    <message>
        <source>your own points</source>
        <translation>tus propios puntos</translation>
    </message>
    <message>
        <source>no shipped 2D DDPM for {data} (train one: python -m training train diffusion --data …)</source>
        <translation>no hay DDPM 2D incluido para {data} (entrena uno: python -m training train diffusion --data …)</translation>
    </message>
    <message>
        <source>could not fit: {e}</source>
        <translation>no se pudo ajustar: {e}</translation>
    </message>
    <message>
        <source>could not train: {e}</source>
        <translation>no se pudo entrenar: {e}</translation>
    </message>
    <message>
        <source>could not load: {e}</source>
        <translation>no se pudo cargar: {e}</translation>
    </message>
    <message>
        <source>fitted here</source>
        <translation>ajustado aquí</translation>
    </message>
    <message>
        <source>trained here</source>
        <translation>entrenado aquí</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>incluido</translation>
    </message>
</context>
<context>
    <name>density</name>
    <message>
        <source>{pts} points you drew or imported (80 % train, 20 % held out)</source>
        <extracomment>points per split for generated data sets in the app (the shipped cards use more) the world cities&apos; population thresholds the app offers</extracomment>
        <translation>{pts} puntos que dibujaste o importaste (80 % entrenamiento, 20 % reservados)</translation>
    </message>
</context>
<context>
    <name>density_extras</name>
    <message>
        <source>at least two classes with 5 or more training points each are needed</source>
        <translation>se necesitan al menos dos clases con 5 o más puntos de entrenamiento cada una</translation>
    </message>
</context>
<context>
    <name>density_panels</name>
    <message>
        <source>{value!r} is not one of the choices</source>
        <extracomment>bounds of a spin box whose hyperparameter declares none</extracomment>
        <translation>{value!r} no es una de las opciones</translation>
    </message>
</context>
<context>
    <name>fitting</name>
    <message>
        <source>in the sea (land mask)</source>
        <extracomment>optimisation steps between two snapshots of live training (an EM trainer reports every iteration whatever this says)</extracomment>
        <translation>en el mar (máscara de tierra)</translation>
    </message>
    <message>
        <source>where the true p_data is below the density of 99 % of real data</source>
        <translation>donde la p_data verdadera está por debajo de la densidad del 99 % de los datos reales</translation>
    </message>
    <message>
        <source>where a KDE of p_data is below the density of 99 % of held-out data</source>
        <translation>donde una KDE de p_data está por debajo de la densidad del 99 % de los datos reservados</translation>
    </message>
    <message>
        <source>at least 2 training points are needed to fit a model</source>
        <translation>se necesitan al menos 2 puntos de entrenamiento para ajustar un modelo</translation>
    </message>
    <message>
        <source>opened from a file</source>
        <extracomment>units per chunk: one progress report of the trainer</extracomment>
        <translation>abierto desde un archivo</translation>
    </message>
</context>
<context>
    <name>gallery_table</name>
    <message>
        <source>{v:.1f} min</source>
        <translation>{v:.1f} min</translation>
    </message>
    <message>
        <source>{v:.1f} ms</source>
        <translation>{v:.1f} ms</translation>
    </message>
    <message>
        <source>{v:.0f} ms</source>
        <translation>{v:.0f} ms</translation>
    </message>
    <message>
        <source>not measured for this model</source>
        <translation>no medido para este modelo</translation>
    </message>
    <message>
        <source>no likelihood figure for this model</source>
        <translation>no hay cifra de verosimilitud para este modelo</translation>
    </message>
    <message>
        <source>bits per dimension are given for probabilities of binary images only; this figure is </source>
        <translation>los bits por dimensión se dan solo para probabilidades de imágenes binarias; esta cifra es </translation>
    </message>
    <message>
        <source>of another kind</source>
        <translation>de otro tipo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>the card records no training time</source>
        <translation>la ficha no registra el tiempo de entrenamiento</translation>
    </message>
</context>
<context>
    <name>latent_data</name>
    <message>
        <source>a GAN has no encoder: it cannot place an image in z</source>
        <extracomment>the shipped shapes models were trained on this many shapes (the test set is a fifth) images kept for the map and the browser (a seeded mix of classes) a data folder with more entries than this is not an image data set why a decoder without an encoder (a GAN) has no encode panel and no test-set map</extracomment>
        <translation>una GAN no tiene codificador: no puede situar una imagen en z</translation>
    </message>
    <message>
        <source>shapes are square; this model takes {image_shape} images</source>
        <translation>las formas son cuadradas; este modelo recibe imágenes de {image_shape}</translation>
    </message>
    <message>
        <source>the card&apos;s n_train = {n:,} is more than the shipped {shapes_n_max:,}; the test set was made as for {shapes_n_max:,} training shapes</source>
        <translation>el n_train = {n:,} de la ficha es mayor que el {shapes_n_max:,} incluido; el conjunto de prueba se hizo como para {shapes_n_max:,} formas de entrenamiento</translation>
    </message>
    <message>
        <source>the card&apos;s n_train = {n} is not a size; the shipped {shapes_n_max:,} was used</source>
        <translation>el n_train = {n} de la ficha no es un tamaño; se usó el {shapes_n_max:,} incluido</translation>
    </message>
    <message>
        <source>{path} holds more than {max_folder_entries:,} files and folders; it does not look like an image data set</source>
        <translation>{path} contiene más de {max_folder_entries:,} archivos y carpetas; no parece un conjunto de imágenes</translation>
    </message>
    <message>
        <source>the card does not say what data the model was trained on</source>
        <translation>la ficha no dice con qué datos se entrenó el modelo</translation>
    </message>
    <message>
        <source>the model&apos;s images ({path}) are no longer there</source>
        <translation>las imágenes del modelo ({path}) ya no están</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a data set this app can make</source>
        <translation>&apos;{name}&apos; no es un conjunto de datos que esta aplicación pueda crear</translation>
    </message>
    <message>
        <source>the data set&apos;s images are {shape}, the model takes {image_shape}</source>
        <translation>las imágenes del conjunto de datos son {shape}, el modelo recibe {image_shape}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>{name} is the classifier that scores generated digits; it has no view of its own (its scores are in the diffusion models&apos; cards).</source>
        <translation>{name} es el clasificador que puntúa los dígitos generados; no tiene vista propia (sus puntuaciones están en las fichas de los modelos de difusión).</translation>
    </message>
    <message>
        <source>{name} holds a &apos;{kind}&apos; model, which no view shows.</source>
        <translation>{name} contiene un modelo &apos;{kind}&apos;, que ninguna vista muestra.</translation>
    </message>
</context>
<context>
    <name>model_card</name>
    <message>
        <source>[{v}, … ({v2} values)]</source>
        <translation>[{v}, … ({v2} valores)]</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{card} — {kind} model&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{card} — modelo {kind}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Datos&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Training&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Entrenamiento&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;loss curve: {loss_curve} points, from {first} to {last} ([step or epoch, train, validation])&lt;/p&gt;</source>
        <translation>&lt;p&gt;curva de pérdida: {loss_curve} puntos, de {first} a {last} ([paso o época, entrenamiento, validación])&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Metrics&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Métricas&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Architecture (config)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Arquitectura (configuración)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ground-truth factors → best {space} dimension&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Factores reales → mejor dimensión de {space}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{method}; the probe on real test images: {probe}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{method}; la sonda sobre imágenes de prueba reales: {probe}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Made by&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Creado por&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>stepthrough</name>
    <message>
        <source>&lt;br&gt;test NLL {test_nll_nats:.1f} nats</source>
        <translation>&lt;br&gt;NLL de prueba {test_nll_nats:.1f} nats</translation>
    </message>
    <message>
        <source> ({test_bits_per_dim:.3f} bits/dim)</source>
        <translation> ({test_bits_per_dim:.3f} bits/dim)</translation>
    </message>
    <message>
        <source>&lt;br&gt;test log-likelihood {test_ll_nats:.1f} nats per image ({estimate})</source>
        <translation>&lt;br&gt;log-verosimilitud de prueba {test_ll_nats:.1f} nats por imagen ({estimate})</translation>
    </message>
    <message>
        <source>exact log Z</source>
        <translation>log Z exacto</translation>
    </message>
    <message>
        <source>log Z by AIS, an estimate</source>
        <translation>log Z por AIS, una estimación</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Box (uniform, MLE)</source>
        <translation>Caja (uniforme, MLE)</translation>
    </message>
    <message>
        <source>No hyperparameters: the MLE is the bounding box.</source>
        <translation>Sin hiperparámetros: el MLE es la caja envolvente.</translation>
    </message>
    <message>
        <source>Gaussian (full covariance)</source>
        <translation>Gaussiana (covarianza completa)</translation>
    </message>
    <message>
        <source>No hyperparameters: mean and covariance by MLE.</source>
        <translation>Sin hiperparámetros: media y covarianza por MLE.</translation>
    </message>
    <message>
        <source>Factorised (product of marginals)</source>
        <translation>Factorizada (producto de marginales)</translation>
    </message>
    <message>
        <source>1D KDEs of each coordinate, multiplied.</source>
        <translation>KDE 1D de cada coordenada, multiplicadas.</translation>
    </message>
    <message>
        <source>Gaussian mixture (EM)</source>
        <translation>Mezcla de gaussianas (EM)</translation>
    </message>
    <message>
        <source>EM from a k-means start; each step is one E+M iteration.</source>
        <translation>EM desde un inicio k-means; cada paso es una iteración E+M.</translation>
    </message>
    <message>
        <source>components K</source>
        <translation>componentes K</translation>
    </message>
    <message>
        <source>mixture components</source>
        <translation>componentes de la mezcla</translation>
    </message>
    <message>
        <source>KDE</source>
        <translation>KDE</translation>
    </message>
    <message>
        <source>A Gaussian kernel on every training point.</source>
        <translation>Un núcleo gaussiano sobre cada punto de entrenamiento.</translation>
    </message>
    <message>
        <source>bandwidth</source>
        <translation>ancho de banda</translation>
    </message>
    <message>
        <source>kernel width: scott (Scott&apos;s rule), cv (the factor of Scott&apos;s rule with the best validation likelihood) or a positive factor times Scott&apos;s rule</source>
        <translation>ancho del núcleo: scott (regla de Scott), cv (el factor de la regla de Scott con la mejor verosimilitud de validación) o un factor positivo por la regla de Scott</translation>
    </message>
    <message>
        <source>Scott&apos;s rule of thumb</source>
        <translation>regla práctica de Scott</translation>
    </message>
    <message>
        <source>best held-out likelihood</source>
        <translation>mejor verosimilitud validada</translation>
    </message>
    <message>
        <source>Normalizing flow</source>
        <translation>Flujo normalizante</translation>
    </message>
    <message>
        <source>Rational-quadratic spline couplings trained by Adam on the NLL.</source>
        <translation>Acoplamientos de splines racionales cuadráticos entrenados con Adam sobre la NLL.</translation>
    </message>
    <message>
        <source>training steps</source>
        <translation>pasos de entrenamiento</translation>
    </message>
    <message>
        <source>optimisation steps</source>
        <translation>pasos de optimización</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño del lote</translation>
    </message>
    <message>
        <source>mini-batch size</source>
        <translation>tamaño del minilote</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>peak Adam learning rate (cosine decay to 0)</source>
        <translation>tasa de aprendizaje máxima de Adam (decaimiento coseno a 0)</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>decaimiento de pesos</translation>
    </message>
    <message>
        <source>Adam weight decay</source>
        <translation>decaimiento de pesos de Adam</translation>
    </message>
    <message>
        <source>coupling layers</source>
        <translation>capas de acoplamiento</translation>
    </message>
    <message>
        <source>spline bins</source>
        <translation>intervalos del spline</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>unidades ocultas</translation>
    </message>
    <message>
        <source>conditioner width</source>
        <translation>ancho del condicionador</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>nuevos</translation>
    </message>
    <message>
        <source>draw a fresh mini-batch from the generator each step (--no-fresh: mini-batches of the fixed training split; data without a generator always use the split)</source>
        <translation>extraer un minilote nuevo del generador en cada paso (--no-fresh: minilotes de la partición de entrenamiento fija; los datos sin generador siempre usan la partición)</translation>
    </message>
    <message>
        <source>Autoregressive p(x₁) p(x₂ | x₁)</source>
        <translation>Autorregresivo p(x₁) p(x₂ | x₁)</translation>
    </message>
    <message>
        <source>A categorical over the x₁ bins times an MLP&apos;s categorical over the x₂ bins, on a d × d grid of the data&apos;s box; uniform within a cell, 0 outside the box.</source>
        <translation>Una categórica sobre los intervalos de x₁ por la categórica de un MLP sobre los intervalos de x₂, en una cuadrícula d × d de la caja de los datos; uniforme dentro de cada celda, 0 fuera de la caja.</translation>
    </message>
    <message>
        <source>grid cells d</source>
        <translation>celdas d</translation>
    </message>
    <message>
        <source>grid cells per axis d (a d × d grid)</source>
        <translation>celdas de la cuadrícula por eje d (una cuadrícula d × d)</translation>
    </message>
    <message>
        <source>width of the MLP of p(x₂ | x₁)</source>
        <translation>ancho del MLP de p(x₂ | x₁)</translation>
    </message>
    <message>
        <source>GAN (generator vs discriminator)</source>
        <translation>GAN (generador vs. discriminador)</translation>
    </message>
    <message>
        <source>A generator MLP turns noise into points; a discriminator MLP learns to tell them from the data, and the generator learns to fool it. No likelihood: the heatmap is a density estimate of its samples; judge it by the sample figures.</source>
        <translation>Un MLP generador convierte ruido en puntos; un MLP discriminador aprende a distinguirlos de los datos, y el generador aprende a engañarlo. Sin verosimilitud: el mapa de calor es una estimación de la densidad de sus muestras; júzgalo por las cifras de las muestras.</translation>
    </message>
    <message>
        <source>noise dimension</source>
        <translation>dimensión del ruido</translation>
    </message>
    <message>
        <source>dimension q of the noise z (1: G draws a curve)</source>
        <translation>dimensión q del ruido z (1: G dibuja una curva)</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruido</translation>
    </message>
    <message>
        <source>distribution of the noise z</source>
        <translation>distribución del ruido z</translation>
    </message>
    <message>
        <source>Gaussian N(0, I)</source>
        <translation>Gaussiano N(0, I)</translation>
    </message>
    <message>
        <source>uniform (−1, 1)</source>
        <translation>uniforme (−1, 1)</translation>
    </message>
    <message>
        <source>G depth</source>
        <translation>profundidad de G</translation>
    </message>
    <message>
        <source>hidden layers of the generator</source>
        <translation>capas ocultas del generador</translation>
    </message>
    <message>
        <source>G width</source>
        <translation>ancho de G</translation>
    </message>
    <message>
        <source>units per hidden layer of the generator</source>
        <translation>unidades por capa oculta del generador</translation>
    </message>
    <message>
        <source>D depth</source>
        <translation>profundidad de D</translation>
    </message>
    <message>
        <source>hidden layers of the discriminator</source>
        <translation>capas ocultas del discriminador</translation>
    </message>
    <message>
        <source>D width</source>
        <translation>ancho de D</translation>
    </message>
    <message>
        <source>units per hidden layer of the discriminator</source>
        <translation>unidades por capa oculta del discriminador</translation>
    </message>
    <message>
        <source>spectral norm on D</source>
        <translation>norma espectral en D</translation>
    </message>
    <message>
        <source>spectral normalisation of every layer of D</source>
        <translation>normalización espectral de cada capa de D</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>the game&apos;s loss</source>
        <translation>la pérdida del juego</translation>
    </message>
    <message>
        <source>non-saturating log loss</source>
        <translation>pérdida logarítmica no saturante</translation>
    </message>
    <message>
        <source>least squares (LSGAN)</source>
        <translation>mínimos cuadrados (LSGAN)</translation>
    </message>
    <message>
        <source>training steps (each: k D updates, then one G update)</source>
        <translation>pasos de entrenamiento (cada uno: k actualizaciones de D y luego una de G)</translation>
    </message>
    <message>
        <source>mini-batch size (real and generated)</source>
        <translation>tamaño del minilote (real y generado)</translation>
    </message>
    <message>
        <source>lr G</source>
        <translation>lr G</translation>
    </message>
    <message>
        <source>generator&apos;s Adam learning rate (cosine decay to 10 %)</source>
        <translation>tasa de aprendizaje de Adam del generador (decaimiento coseno al 10 %)</translation>
    </message>
    <message>
        <source>lr D</source>
        <translation>lr D</translation>
    </message>
    <message>
        <source>discriminator&apos;s Adam learning rate (cosine decay to 10 %)</source>
        <translation>tasa de aprendizaje de Adam del discriminador (decaimiento coseno al 10 %)</translation>
    </message>
    <message>
        <source>D steps per G step k</source>
        <translation>pasos de D por paso de G k</translation>
    </message>
    <message>
        <source>discriminator updates per generator update (k)</source>
        <translation>actualizaciones del discriminador por actualización del generador (k)</translation>
    </message>
    <message>
        <source>label smoothing s</source>
        <translation>suavizado de etiquetas s</translation>
    </message>
    <message>
        <source>one-sided label smoothing: real label 1 − s</source>
        <translation>suavizado de etiquetas unilateral: etiqueta real 1 − s</translation>
    </message>
    <message>
        <source>R1 penalty γ</source>
        <translation>penalización R1 γ</translation>
    </message>
    <message>
        <source>R1 gradient penalty γ on real points (0: off)</source>
        <translation>penalización de gradiente R1 γ sobre los puntos reales (0: desactivada)</translation>
    </message>
    <message>
        <source>instance noise σ</source>
        <translation>ruido de instancia σ</translation>
    </message>
    <message>
        <source>instance noise σ (standardised units), annealed linearly to 0 at the last step (0: off)</source>
        <translation>ruido de instancia σ (unidades estandarizadas), reducido linealmente a 0 en el último paso (0: desactivado)</translation>
    </message>
    <message>
        <source>real batches fresh from the data&apos;s generator each step (--no-fresh: the fixed training split)</source>
        <translation>lotes reales nuevos del generador de los datos en cada paso (--no-fresh: la partición de entrenamiento fija)</translation>
    </message>
    <message>
        <source>LDA (Gaussian per class, shared Σ)</source>
        <translation>LDA (gaussiana por clase, Σ compartida)</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>regresión logística</translation>
    </message>
    <message>
        <source>QDA (Gaussian per class)</source>
        <translation>QDA (gaussiana por clase)</translation>
    </message>
    <message>
        <source>logistic regression, quadratic features</source>
        <translation>regresión logística, rasgos cuadráticos</translation>
    </message>
    <message>
        <source>KDE per class</source>
        <translation>KDE por clase</translation>
    </message>
    <message>
        <source>MLP 2×32</source>
        <translation>MLP 2×32</translation>
    </message>
    <message>
        <source>LDA</source>
        <translation>LDA</translation>
    </message>
    <message>
        <source>QDA</source>
        <translation>QDA</translation>
    </message>
    <message>
        <source>logistic regression on x, x²</source>
        <translation>regresión logística sobre x, x²</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>n/a: intractable</source>
        <translation>n/d: intratable</translation>
    </message>
    <message>
        <source>no tractable likelihood: the heatmap is a kernel density estimate of the model&apos;s samples, not its log-likelihood</source>
        <translation>sin verosimilitud tratable: el mapa de calor es una estimación de densidad por núcleos de las muestras del modelo, no su log-verosimilitud</translation>
    </message>
    <message>
        <source>n/a: implicit</source>
        <translation>n/d: implícito</translation>
    </message>
    <message>
        <source>not available — implicit model: a GAN only draws samples; the heatmap is a kernel density estimate of its samples</source>
        <translation>no disponible — modelo implícito: una GAN solo genera muestras; el mapa de calor es una estimación de densidad por núcleos de sus muestras</translation>
    </message>
    <message>
        <source>eight Gaussians on a circle of radius 2.83, std 0.35</source>
        <translation>ocho gaussianas en un círculo de radio 2.83, desv. típ. 0.35</translation>
    </message>
    <message>
        <source>a 5×5 grid of Gaussians, centres −3 … 3 every 1.5, std 0.1</source>
        <translation>una rejilla 5×5 de gaussianas, centros −3 … 3 cada 1.5, desv. típ. 0.1</translation>
    </message>
    <message>
        <source>uniform on the black squares of a 4×4 board of side 8</source>
        <translation>uniforme en las casillas negras de un tablero 4×4 de lado 8</translation>
    </message>
    <message>
        <source>two interleaved half circles, noise 0.2</source>
        <translation>dos semicírculos entrelazados, ruido 0.2</translation>
    </message>
    <message>
        <source>two concentric circles, radii 3 and 1.5</source>
        <translation>dos círculos concéntricos, radios 3 y 1.5</translation>
    </message>
    <message>
        <source>four concentric rings, radii 3, 2.25, 1.5, 0.75</source>
        <translation>cuatro anillos concéntricos, radios 3, 2.25, 1.5, 0.75</translation>
    </message>
    <message>
        <source>two interleaved spirals</source>
        <translation>dos espirales entrelazadas</translation>
    </message>
    <message>
        <source>a 2D swiss roll (x, z of sklearn&apos;s), noise 0.2</source>
        <translation>un rollo suizo en 2D (x, z del de sklearn), ruido 0.2</translation>
    </message>
    <message>
        <source>five curved blades</source>
        <translation>cinco aspas curvas</translation>
    </message>
    <message>
        <source>{n} cities with more than {population} people (lon, lat in degrees)</source>
        <translation>{n} ciudades de más de {population} habitantes (lon, lat en grados)</translation>
    </message>
</context>
</TS>
