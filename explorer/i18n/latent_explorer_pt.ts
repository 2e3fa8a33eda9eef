<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmark z</source>
        <translation>Marcar z</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>bookmark at least two codes to interpolate between them</source>
        <translation>marque pelo menos dois códigos para interpolar entre eles</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pausar</translation>
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
        <translation>{app} por classe</translation>
    </message>
    <message>
        <source>class-conditional model p(x | y):</source>
        <translation>modelo condicional por classe p(x | y):</translation>
    </message>
    <message>
        <source>This data set has no class labels. Toy sets, the world cities (continents) and drawn or imported points with a class or label column have them.</source>
        <translation>Este conjunto de dados não tem rótulos de classe. Têm-nos os conjuntos de brinquedo, as cidades do mundo (continentes) e os pontos desenhados ou importados com uma coluna de classe ou rótulo.</translation>
    </message>
    <message>
        <source>Fitting one density per class…</source>
        <translation>Ajustando uma densidade por classe…</translation>
    </message>
    <message>
        <source>Cannot build the decision map: {e}</source>
        <translation>Não é possível construir o mapa de decisão: {e}</translation>
    </message>
    <message>
        <source>Bayes rule with {model_label} per class: p(y | x) = p(x | y) p(y) / p(x). Colour: most probable class; strength: its posterior. Dots: held-out points. &lt;b&gt;Held-out accuracy: {acc}&lt;/b&gt;&lt;br&gt;{chips}</source>
        <translation>Regra de Bayes com {model_label} por classe: p(y | x) = p(x | y) p(y) / p(x). Cor: a classe mais provável; intensidade: a sua probabilidade a posteriori. Pontos: dados reservados. &lt;b&gt;Acurácia nos dados reservados: {acc}&lt;/b&gt;&lt;br&gt;{chips}</translation>
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
        <translation>como</translation>
    </message>
    <message>
        <source>test NLL</source>
        <translation>NLL teste</translation>
    </message>
    <message>
        <source>KL to truth</source>
        <translation>KL à verdade</translation>
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
        <translation>energia</translation>
    </message>
    <message>
        <source>modes</source>
        <translation>modos</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parâmetros</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Compare all</source>
        <translation>Comparar todos</translation>
    </message>
    <message>
        <source>Fit or load every 2D family on this data set and score them all</source>
        <translation>Ajusta ou carrega cada família 2D nestes dados e pontua todas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>train families without a shipped model, at most</source>
        <translation>treinar famílias sem modelo incluído, no máximo</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> passos</translation>
    </message>
    <message>
        <source>cap on the training steps of a flow, an autoregressive model or a GAN trained here</source>
        <translation>limite de passos de treino de um fluxo, um modelo autorregressivo ou uma GAN treinados aqui</translation>
    </message>
    <message>
        <source>Compare all fits or loads every family on the current data set; each one also joins the scoreboard.</source>
        <translation>Comparar todos ajusta ou carrega cada família nos dados atuais; cada uma também entra no placar.</translation>
    </message>
    <message>
        <source>NLL: nats per held-out point (PF-ODE: a DDPM&apos;s probability-flow ODE on 1,000 points). KL hist, JS: 30 × 30-bin histograms of 1,000 samples against the held-out points. Energy: energy distance. Modes: captured of known modes.</source>
        <translation>NLL: nats por ponto reservado (PF-ODE: a ODE de fluxo de probabilidade de um DDPM em 1.000 pontos). KL hist., JS: histogramas de 30 × 30 células de 1.000 amostras contra os pontos reservados. Energia: distância de energia. Modos: modos conhecidos capturados.</translation>
    </message>
    <message>
        <source>At least 2 training points are needed: choose a data set, or draw or import points.</source>
        <translation>São necessários pelo menos 2 pontos de treino: escolha um conjunto de dados, ou desenhe ou importe pontos.</translation>
    </message>
    <message>
        <source>fitting</source>
        <translation>ajustando</translation>
    </message>
    <message>
        <source>training</source>
        <translation>treinando</translation>
    </message>
    <message>
        <source>loading and scoring</source>
        <translation>carregando e pontuando</translation>
    </message>
    <message>
        <source>skipping</source>
        <translation>pulando</translation>
    </message>
    <message>
        <source>{done}/{n}: {verb} {name}…</source>
        <translation>{done}/{n}: {verb} {name}…</translation>
    </message>
    <message>
        <source>Compare all stopped: {e}</source>
        <translation>Comparar todos parou: {e}</translation>
    </message>
    <message>
        <source>Compared {k} of {n} families.</source>
        <translation>Comparadas {k} de {n} famílias.</translation>
    </message>
    <message>
        <source>Lowest test NLL: {label} ({v} nats), now on the canvas.</source>
        <translation>Menor NLL de teste: {label} ({v} nats), agora na tela.</translation>
    </message>
    <message>
        <source>Cancelled after {k} of the families.</source>
        <translation>Cancelado após {k} das famílias.</translation>
    </message>
    <message>
        <source>{modes} · {hq:.0%} near</source>
        <translation>{modes} · {hq:.0%} perto</translation>
    </message>
    <message>
        <source>modes captured: modes holding at least a quarter of their fair share of samples within 3σ; near: the share of all samples within 3σ of a mode</source>
        <translation>modos capturados: modos com pelo menos um quarto da sua parcela justa de amostras a menos de 3σ; perto: a fração de todas as amostras a menos de 3σ de um modo</translation>
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
        <translation>p_data: pontos de treino</translation>
    </message>
    <message>
        <source>samples from p_model</source>
        <translation>amostras de p_model</translation>
    </message>
    <message>
        <source>sample: {n}</source>
        <translation>amostra: {n}</translation>
    </message>
    <message>
        <source>off-support (A)</source>
        <translation>fora do suporte (A)</translation>
    </message>
    <message>
        <source>memorised (B)</source>
        <translation>memorizadas (B)</translation>
    </message>
    <message>
        <source>plausible (C)</source>
        <translation>plausíveis (C)</translation>
    </message>
    <message>
        <source>log KDE of its samples  [nats]</source>
        <translation>log KDE das suas amostras  [nats]</translation>
    </message>
    <message>
        <source>longitude  [°]</source>
        <translation>longitude  [°]</translation>
    </message>
    <message>
        <source>latitude  [°]</source>
        <translation>latitude  [°]</translation>
    </message>
</context>
<context>
    <name>DensityFiles</name>
    <message>
        <source>Import points</source>
        <translation>Importar pontos</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lendo {name}…</translation>
    </message>
    <message>
        <source>Import failed; nothing was changed.</source>
        <translation>A importação falhou; nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not import the points</source>
        <translation>Não foi possível importar os pontos</translation>
    </message>
    <message>
        <source>Replace the drawing?</source>
        <translation>Substituir o desenho?</translation>
    </message>
    <message>
        <source>Replace the {drawn:,} points you have with the {x:,} points of {name}?</source>
        <translation>Substituir os {drawn:,} pontos que você tem pelos {x:,} pontos de {name}?</translation>
    </message>
    <message>
        <source>Import cancelled; your drawing is unchanged.</source>
        <translation>Importação cancelada; o seu desenho não foi alterado.</translation>
    </message>
    <message>
        <source>Imported {x:,} points from {name}. {note}</source>
        <translation>Importados {x:,} pontos de {name}. {note}</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>Exportar pontos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <source>Wrote {x:,} points to {path}</source>
        <translation>Gravados {x:,} pontos em {path}</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>Exportar amostras</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada para exportar</translation>
    </message>
    <message>
        <source>Fit a model first: its samples are what gets exported.</source>
        <translation>Ajuste primeiro um modelo: o que se exporta são as suas amostras.</translation>
    </message>
    <message>
        <source>Wrote {samples:,} samples to {path}</source>
        <translation>Gravadas {samples:,} amostras em {path}</translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation>Exportar tela</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>Não foi possível gravar {path}.</translation>
    </message>
</context>
<context>
    <name>DensityRecipeForm</name>
    <message>
        <source>family</source>
        <translation>família</translation>
    </message>
</context>
<context>
    <name>DensitySession</name>
    <message>
        <source>Density: the model &apos;{label}&apos; (it can be neither re-fitted nor saved)</source>
        <translation>Densidade: o modelo «{label}» (não pode ser reajustado nem salvo)</translation>
    </message>
    <message>
        <source>Density: the live training in progress (saved as it is now)</source>
        <translation>Densidade: o treino ao vivo em curso (salvo tal como está agora)</translation>
    </message>
    <message>
        <source>The session holds {drawn:,} points of its own: replace the {mine:,} points you drew or imported? Export them as CSV first if you want to keep them.</source>
        <translation>A sessão contém {drawn:,} pontos próprios: substituir os {mine:,} pontos que você desenhou ou importou? Exporte-os antes como CSV se quiser mantê-los.</translation>
    </message>
    <message>
        <source>Restored from the session.</source>
        <translation>Restaurado a partir da sessão.</translation>
    </message>
</context>
<context>
    <name>DensityState</name>
    <message>
        <source>class {i}</source>
        <translation>classe {i}</translation>
    </message>
</context>
<context>
    <name>DensityView</name>
    <message>
        <source>Reading the world&apos;s cities …</source>
        <translation>Lendo as cidades do mundo …</translation>
    </message>
    <message>
        <source>p_model vs p_data</source>
        <translation>p_model vs p_data</translation>
    </message>
    <message>
        <source>Flow layers</source>
        <translation>Camadas do fluxo</translation>
    </message>
    <message>
        <source>Classes: p(y | x)</source>
        <translation>Classes: p(y | x)</translation>
    </message>
    <message>
        <source>your own points (draw / import)</source>
        <translation>pontos desenhados/importados</translation>
    </message>
    <message>
        <source>data set:</source>
        <translation>dados:</translation>
    </message>
    <message>
        <source>more than {t:,} people</source>
        <translation>mais de {t:,} habitantes</translation>
    </message>
    <message>
        <source>cities:</source>
        <translation>cidades:</translation>
    </message>
    <message>
        <source>training points drawn from the generator</source>
        <translation>pontos de treino extraídos do gerador</translation>
    </message>
    <message>
        <source>training points:</source>
        <translation>pontos de treino:</translation>
    </message>
    <message>
        <source>seed:</source>
        <translation>semente:</translation>
    </message>
    <message>
        <source>draw on the canvas</source>
        <translation>desenhar na tela</translation>
    </message>
    <message>
        <source>add</source>
        <translation>adicionar</translation>
    </message>
    <message>
        <source>erase</source>
        <translation>apagar</translation>
    </message>
    <message>
        <source>brush radius in data units</source>
        <translation>raio do pincel em unidades dos dados</translation>
    </message>
    <message>
        <source>points added per brush dab</source>
        <translation>pontos adicionados por pincelada</translation>
    </message>
    <message>
        <source>class label of the points you paint (for p(y|x))</source>
        <translation>rótulo de classe dos pontos que você pinta (para p(y|x))</translation>
    </message>
    <message>
        <source>brush radius:</source>
        <translation>raio do pincel:</translation>
    </message>
    <message>
        <source>points per dab:</source>
        <translation>pontos por pincelada:</translation>
    </message>
    <message>
        <source>class:</source>
        <translation>classe:</translation>
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
        <translation>Limpar desenho</translation>
    </message>
    <message>
        <source>Scoreboard (click a row to show it)</source>
        <translation>Placar (clique numa linha para mostrá-la)</translation>
    </message>
    <message>
        <source>NLL: mean −log p_model(x) over points, in nats (lower is better). KL(p_data‖p_model) = test NLL − H(p_data), shown where H is known.</source>
        <translation>NLL: média de −log p_model(x) sobre os pontos, em nats (menor é melhor). KL(p_data‖p_model) = NLL de teste − H(p_data), mostrada onde H é conhecida.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>p_data: training points</source>
        <translation>p_data: pontos de treino</translation>
    </message>
    <message>
        <source>1,000 samples from p_model</source>
        <translation>1.000 amostras de p_model</translation>
    </message>
    <message>
        <source>colour samples by diagnosis (A / B / C)</source>
        <translation>colorir amostras por diagnóstico (A / B / C)</translation>
    </message>
    <message>
        <source>contour lines (1, 3, 5, 7 nats below the peak)</source>
        <translation>curvas de nível (1, 3, 5, 7 nats abaixo do pico)</translation>
    </message>
    <message>
        <source>Export canvas PNG…</source>
        <translation>Exportar tela PNG…</translation>
    </message>
    <message>
        <source>Export samples CSV…</source>
        <translation>Exportar amostras CSV…</translation>
    </message>
    <message>
        <source>Cannot use this data set</source>
        <translation>Não é possível usar este conjunto de dados</translation>
    </message>
    <message>
        <source> H(p_data) = {entropy:.3f} nats.</source>
        <translation> H(p_data) = {entropy:.3f} nats.</translation>
    </message>
    <message>
        <source>{description}. Train {train:,} · held-out {test:,}.{entropy}</source>
        <translation>{description}. Treino {train:,} · reservados {test:,}.{entropy}</translation>
    </message>
    <message>
        <source>Tick ‘draw on the canvas’ and paint points (left button), or import a CSV, then fit a model.</source>
        <translation>Marque «desenhar na tela» e pinte pontos (botão esquerdo), ou importe um CSV; depois ajuste um modelo.</translation>
    </message>
    <message>
        <source>Choose a family and press Fit, or Fit ladder for all the simple ones.</source>
        <translation>Escolha uma família e clique em Ajustar, ou em Ajustar escada para todas as simples.</translation>
    </message>
    <message>
        <source>At least 2 training points are needed: draw or import some.</source>
        <translation>São necessários pelo menos 2 pontos de treino: desenhe ou importe alguns.</translation>
    </message>
    <message>
        <source>Starting live training of {label}…</source>
        <translation>Iniciando o treino ao vivo de {label}…</translation>
    </message>
    <message>
        <source>Fitting {label}…</source>
        <translation>Ajustando {label}…</translation>
    </message>
    <message>
        <source>Fitting the ladder {ladder_text}: {done}/{n}, {label}…</source>
        <translation>Ajustando a escada {ladder_text}: {done}/{n}, {label}…</translation>
    </message>
    <message>
        <source>{label}: {likelihood_note}. Its samples: {support:.0%} off-support, {memorised:.0%} memorised, {plausible:.0%} plausible.</source>
        <translation>{label}: {likelihood_note}. As suas amostras: {support:.0%} fora do suporte, {memorised:.0%} memorizadas, {plausible:.0%} plausíveis.</translation>
    </message>
    <message>
        <source> Test NLL is ∞: some held-out points fall where p_model = 0 (outside the box), and log 0 = −∞.</source>
        <translation> A NLL de teste é ∞: alguns pontos reservados caem onde p_model = 0 (fora da caixa), e log 0 = −∞.</translation>
    </message>
    <message>
        <source>{label}: test NLL {test_nll_nats} nats.{why}</source>
        <translation>{label}: NLL de teste {test_nll_nats} nats.{why}</translation>
    </message>
    <message>
        <source>Could not fit: {error}</source>
        <translation>Não foi possível ajustar: {error}</translation>
    </message>
    <message>
        <source>Move the mouse over the canvas to probe p_model and p_data.</source>
        <translation>Passe o mouse sobre a tela para sondar p_model e p_data.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>train NLL</source>
        <translation>NLL treino</translation>
    </message>
    <message>
        <source>test NLL</source>
        <translation>NLL teste</translation>
    </message>
    <message>
        <source>KL to truth</source>
        <translation>KL à verdade</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parâmetros</translation>
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
        <translation>Comparar todos</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientação</translation>
    </message>
</context>
<context>
    <name>DiffusionExport</name>
    <message>
        <source>Export grid as PNG</source>
        <translation>Exportar grade como PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>Export trajectory as GIF</source>
        <translation>Exportar trajetória como GIF</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animação GIF (*.gif)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada para exportar</translation>
    </message>
    <message>
        <source>Load a model and take a step first.</source>
        <translation>Carregue um modelo e dê um passo primeiro.</translation>
    </message>
    <message>
        <source>Qt could not write the file</source>
        <translation>O Qt não conseguiu gravar o arquivo</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <source>Could not write {path}: {e}</source>
        <translation>Não foi possível gravar {path}: {e}</translation>
    </message>
    <message>
        <source>Load a model and compute some steps first.</source>
        <translation>Carregue um modelo e calcule alguns passos primeiro.</translation>
    </message>
</context>
<context>
    <name>DiffusionView</name>
    <message>
        <source>Open the shipped MNIST diffusion model</source>
        <extracomment>the user asked to see this (2D) model on the density canvas</extracomment>
        <translation>Abrir o modelo de difusão MNIST incluído</translation>
    </message>
    <message>
        <source>No diffusion model loaded</source>
        <translation>Nenhum modelo de difusão carregado</translation>
    </message>
    <message>
        <source>This view steps through denoising, from pure noise x&lt;sub&gt;T&lt;/sub&gt; to a sample x&lt;sub&gt;0&lt;/sub&gt;, showing x&lt;sub&gt;t&lt;/sub&gt;, the noise the network predicts and the clean image it predicts side by side, with fast ODE solvers, DDIM and DDPM and the noise schedule.&lt;br&gt;&lt;br&gt;Use &lt;b&gt;File → Open model…&lt;/b&gt; (Ctrl+O) and pick a folder whose card says &lt;code&gt;&quot;kind&quot;: &quot;diffusion&quot;&lt;/code&gt;, e.g. &lt;code&gt;trained/diffusion-mnist5k&lt;/code&gt; or &lt;code&gt;trained/diffusion-moons&lt;/code&gt;.</source>
        <translation>Esta vista percorre passo a passo a remoção de ruído, do ruído puro x&lt;sub&gt;T&lt;/sub&gt; até uma amostra x&lt;sub&gt;0&lt;/sub&gt;, mostrando lado a lado x&lt;sub&gt;t&lt;/sub&gt;, o ruído que a rede prevê e a imagem limpa que ela prevê, com solucionadores ODE rápidos, DDIM e DDPM e o cronograma de ruído.&lt;br&gt;&lt;br&gt;Use &lt;b&gt;Arquivo → Abrir modelo…&lt;/b&gt; (Ctrl+O) e escolha uma pasta cuja ficha diga &lt;code&gt;&quot;kind&quot;: &quot;diffusion&quot;&lt;/code&gt;, p. ex. &lt;code&gt;trained/diffusion-mnist5k&lt;/code&gt; ou &lt;code&gt;trained/diffusion-moons&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Train a diffusion model…</source>
        <translation>Treinar um modelo de difusão…</translation>
    </message>
    <message>
        <source>run a DDPM recipe in a separate process and open the result</source>
        <translation>executa uma receita DDPM num processo separado e abre o resultado</translation>
    </message>
    <message>
        <source>batch: x_t</source>
        <translation>lote: x_t</translation>
    </message>
    <message>
        <source>predicted noise ε̂</source>
        <translation>ruído previsto ε̂</translation>
    </message>
    <message>
        <source>predicted x̂₀</source>
        <translation>x̂₀ previsto</translation>
    </message>
    <message>
        <source>Reverse process: x_T → x₀</source>
        <translation>Processo reverso: x_T → x₀</translation>
    </message>
    <message>
        <source>Forward process: x₀ → x_t</source>
        <translation>Processo direto: x₀ → x_t</translation>
    </message>
    <message>
        <source>Reverse process</source>
        <translation>Processo reverso</translation>
    </message>
    <message>
        <source>DPM-Solver++(2M) (Lu et al. 2022) or UniPC-2 (Zhao et al. 2023): second-order solvers of the probability-flow ODE, timesteps even in log-SNR, or for UniPC-2 (t²) even in √t (t_i ∝ (1 − i/(n−1))², more of them near the data than even in t); SDE-DPM-Solver++(2M) (t²): the same solver for the reverse SDE, fresh noise at every step (it forgets part of the denoiser&apos;s errors: better digits at 17 steps, but not the ODE&apos;s solution from this x_T); DDIM (Song et al. 2021, eq. 12) or ancestral DDPM (Ho et al. 2020, Algorithm 2), even in t</source>
        <translation>DPM-Solver++(2M) (Lu et al. 2022) ou UniPC-2 (Zhao et al. 2023): solucionadores de segunda ordem da ODE de fluxo de probabilidade, passos uniformes em log-SNR, ou para UniPC-2 (t²) uniformes em √t (t_i ∝ (1 − i/(n−1))², mais passos perto dos dados do que uniformes em t); SDE-DPM-Solver++(2M) (t²): o mesmo solucionador para a SDE reversa, ruído novo a cada passo (esquece parte dos erros do denoiser: dígitos melhores com 17 passos, mas não a solução da ODE a partir deste x_T); DDIM (Song et al. 2021, eq. 12) ou DDPM ancestral (Ho et al. 2020, algoritmo 2), uniformes em t</translation>
    </message>
    <message>
        <source>number of denoiser evaluations (T = 1000); each sampler starts at its own default</source>
        <translation>número de avaliações do removedor de ruído (T = 1000); cada amostrador começa no seu próprio padrão</translation>
    </message>
    <message>
        <source>DDIM η: 0 = deterministic, 1 = as noisy as DDPM</source>
        <translation>η do DDIM: 0 = determinístico, 1 = tão ruidoso quanto o DDPM</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nova semente</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>sampler</source>
        <translation>amostrador</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>passos</translation>
    </message>
    <message>
        <source>η (DDIM)</source>
        <translation>η (DDIM)</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semente</translation>
    </message>
    <message>
        <source>side by side with sampler B (same x_T)</source>
        <translation>ao lado do amostrador B (mesmo x_T)</translation>
    </message>
    <message>
        <source>B: number of steps</source>
        <translation>B: número de passos</translation>
    </message>
    <message>
        <source>B: DDIM η</source>
        <translation>B: η do DDIM</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Passo a passo</translation>
    </message>
    <message>
        <source>back to x_T (same seed)</source>
        <translation>voltar a x_T (mesma semente)</translation>
    </message>
    <message>
        <source>one step back (cached, costs nothing)</source>
        <translation>um passo atrás (em cache, não custa nada)</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <source>play / pause (Space)</source>
        <translation>reproduzir / pausar (Espaço)</translation>
    </message>
    <message>
        <source>one denoising step forward</source>
        <translation>um passo de remoção de ruído para a frente</translation>
    </message>
    <message>
        <source>run to x_0</source>
        <translation>executar até x_0</translation>
    </message>
    <message>
        <source>scrub through the computed steps</source>
        <translation>percorrer os passos calculados</translation>
    </message>
    <message>
        <source>speed (steps/s)</source>
        <translation>velocidade (passos/s)</translation>
    </message>
    <message>
        <source>computed %v / %m steps</source>
        <translation>calculados %v / %m passos</translation>
    </message>
    <message>
        <source>Show and export</source>
        <translation>Mostrar e exportar</translation>
    </message>
    <message>
        <source>grid:</source>
        <translation>grade:</translation>
    </message>
    <message>
        <source>trails of 100 particles (2D)</source>
        <translation>rastros de 100 partículas (2D)</translation>
    </message>
    <message>
        <source>predicted-noise field ε̂(x, t) (2D)</source>
        <translation>campo de ruído previsto ε̂(x, t) (2D)</translation>
    </message>
    <message>
        <source>Export grid as PNG…</source>
        <translation>Exportar grade como PNG…</translation>
    </message>
    <message>
        <source>Export trajectory as GIF…</source>
        <translation>Exportar trajetória como GIF…</translation>
    </message>
    <message>
        <source>Compare on the density canvas</source>
        <translation>Comparar na tela de densidade</translation>
    </message>
    <message>
        <source>Show this 2D model in the Density view: its samples, a density estimate of them, its NLL by the probability-flow ODE and its sample scores on the scoreboard</source>
        <translation>Mostrar este modelo 2D na vista Densidade: as suas amostras, uma estimativa da sua densidade, a sua NLL pela ODE de fluxo de probabilidade e as pontuações das amostras no placar</translation>
    </message>
    <message>
        <source>&lt;br&gt;DDIM-50 samples: {ddim50_confident_share:.0%} classified with confidence ≥ 0.9; Fréchet distance {ddim50_frechet_distance:.2f} (real-vs-real floor {ddim50_frechet_floor:.2f})</source>
        <translation>&lt;br&gt;Amostras DDIM-50: {ddim50_confident_share:.0%} classificadas com confiança ≥ 0,9; distância de Fréchet {ddim50_frechet_distance:.2f} (piso real contra real {ddim50_frechet_floor:.2f})</translation>
    </message>
    <message>
        <source>&lt;br&gt;DDIM-50 energy distance to p_data {ddim50_energy_distance:.4f} (two real samples: {ddim50_energy_distance_floor:.4f})</source>
        <translation>&lt;br&gt;Distância de energia DDIM-50 a p_data {ddim50_energy_distance:.4f} (duas amostras reais: {ddim50_energy_distance_floor:.4f})</translation>
    </message>
    <message>
        <source>&lt;br&gt;Class-conditional ({k} classes). At the default guidance s = {s:g}: {acc:.0%} of the samples classified as the prompted class, diversity {div:.2f} of real data&apos;s</source>
        <translation>&lt;br&gt;Condicional por classe ({k} classes). Com a orientação padrão s = {s:g}: {acc:.0%} das amostras classificadas como a classe pedida, diversidade {div:.2f} da dos dados reais</translation>
    </message>
    <message>
        <source>; v-prediction (ε and x₀ computed from the net&apos;s v)</source>
        <translation>; predição de v (ε e x₀ calculados a partir do v da rede)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{images} · {name}&lt;/b&gt;&lt;br&gt;{net_name} denoiser, {n_params:,} parameters, {steps} training steps; {schedule_name} schedule, T = {t}{extra}</source>
        <translation>&lt;b&gt;{images} · {name}&lt;/b&gt;&lt;br&gt;removedor de ruído {net_name}, {n_params:,} parâmetros, {steps} passos de treino; cronograma {schedule_name}, T = {t}{extra}</translation>
    </message>
    <message>
        <source>2D points</source>
        <translation>pontos 2D</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imagens</translation>
    </message>
    <message>
        <source>particles</source>
        <translation>partículas</translation>
    </message>
    <message>
        <source>batch limited to {cap} for {longest} steps, so the cached trajectory fits in memory</source>
        <translation>lote limitado a {cap} para {longest} passos, para que a trajetória em cache caiba na memória</translation>
    </message>
    <message>
        <source>computed {computed} / {total} steps</source>
        <translation>calculados {computed} / {total} passos</translation>
    </message>
    <message>
        <source> · {step_s:.2f} s/step</source>
        <translation> · {step_s:.2f} s/passo</translation>
    </message>
    <message>
        <source> · {eta:.0f} s left</source>
        <translation> · faltam {eta:.0f} s</translation>
    </message>
    <message>
        <source> · {eta:.1f} s left</source>
        <translation> · faltam {eta:.1f} s</translation>
    </message>
    <message>
        <source>Sampling failed</source>
        <translation>A amostragem falhou</translation>
    </message>
    <message>
        <source>The sampler stopped: {name}: {error}</source>
        <translation>O amostrador parou: {name}: {error}</translation>
    </message>
</context>
<context>
    <name>DrawingPanel</name>
    <message>
        <source>Clear the drawing?</source>
        <translation>Limpar o desenho?</translation>
    </message>
    <message>
        <source>Remove all {drawn:,} points you drew or imported? Export them as CSV first if you want to keep them.</source>
        <translation>Remover todos os {drawn:,} pontos que você desenhou ou importou? Exporte-os antes como CSV se quiser mantê-los.</translation>
    </message>
    <message>
        <source>Could not save the drawing to {path}: {e}</source>
        <translation>Não foi possível salvar o desenho em {path}: {e}</translation>
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
        <translation>não há imagens de teste para este modelo; codifique um arquivo de imagem</translation>
    </message>
    <message>
        <source>reconstruction error (mean squared, per pixel): {mse:.4f}</source>
        <translation>erro de reconstrução (quadrático médio, por pixel): {mse:.4f}</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>Codificar uma imagem</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This model cannot encode</source>
        <translation>Este modelo não pode codificar</translation>
    </message>
    <message>
        <source>Could not read the image</source>
        <translation>Não foi possível ler a imagem</translation>
    </message>
</context>
<context>
    <name>FlowLayersPanel</name>
    <message>
        <source>data → base: push the data and a grid forward</source>
        <translation>dados → base: empurrar os dados e uma grade para a frente</translation>
    </message>
    <message>
        <source>base → data: pull a base grid and samples back</source>
        <translation>base → dados: trazer de volta uma grade base e amostras</translation>
    </message>
    <message>
        <source>Fit a normalizing flow (family ‘Normalizing flow’) or open the shipped flow, then select it in the scoreboard to scrub its layers.</source>
        <translation>Ajuste um fluxo normalizador (família «Fluxo normalizador») ou abra o fluxo incluído e selecione-o no placar para percorrer as suas camadas.</translation>
    </message>
    <message>
        <source>layers applied:</source>
        <translation>camadas aplicadas:</translation>
    </message>
    <message>
        <source>the data and a regular grid drawn in data space</source>
        <translation>os dados e uma grade regular desenhada no espaço dos dados</translation>
    </message>
    <message>
        <source>N(0, I) samples and a regular grid drawn in the base space</source>
        <translation>amostras de N(0, I) e uma grade regular desenhada no espaço base</translation>
    </message>
    <message>
        <source>data space</source>
        <translation>espaço dos dados</translation>
    </message>
    <message>
        <source>base space (should look like N(0, I))</source>
        <translation>espaço base (deveria parecer N(0, I))</translation>
    </message>
    <message>
        <source>after {k} of {n} coupling layers</source>
        <translation>após {k} de {n} camadas de acoplamento</translation>
    </message>
    <message>
        <source>Stage {k}/{n}: {space}. Showing {what}.</source>
        <translation>Etapa {k}/{n}: {space}. Mostrando {what}.</translation>
    </message>
</context>
<context>
    <name>ForwardProcessPanel</name>
    <message>
        <source>which test image to noise</source>
        <translation>qual imagem de teste recebe ruído</translation>
    </message>
    <message>
        <source>test image</source>
        <translation>imagem de teste</translation>
    </message>
    <message>
        <source>schedule shown here and in the plot below (the model was trained with its own)</source>
        <translation>cronograma mostrado aqui e no gráfico abaixo (o modelo foi treinado com o seu próprio)</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>cronograma</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>Novo ruído</translation>
    </message>
    <message>
        <source>x₀ (real test image)</source>
        <translation>x₀ (imagem de teste real)</translation>
    </message>
    <message>
        <source>t = &lt;b&gt;{t}&lt;/b&gt; · √ᾱ_t = {ab:.3f} (signal) · √(1−ᾱ_t) = {ab2:.3f} (noise) · SNR = {snr:.3g} · {schedule_view} schedule</source>
        <translation>t = &lt;b&gt;{t}&lt;/b&gt; · √ᾱ_t = {ab:.3f} (sinal) · √(1−ᾱ_t) = {ab2:.3f} (ruído) · SNR = {snr:.3g} · cronograma {schedule_view}</translation>
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
        <translation>o artefato em trained/ (duplo clique: abri-lo)</translation>
    </message>
    <message>
        <source>family</source>
        <translation>família</translation>
    </message>
    <message>
        <source>the family of the gallery&apos;s registry</source>
        <translation>a família do registro da galeria</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>amostras</translation>
    </message>
    <message>
        <source>binary samples are compared with stochastically binarised real digits, grey ones with grey digits</source>
        <translation>as amostras binárias são comparadas com dígitos reais binarizados estocasticamente; as cinzentas, com dígitos cinzentos</translation>
    </message>
    <message>
        <source>NLL</source>
        <translation>NLL</translation>
    </message>
    <message>
        <source>−log p(x) in nats per test image from the card; what kind of figure it is is in the next column and in the tooltip</source>
        <translation>−log p(x) em nats por imagem de teste, segundo a ficha; o tipo de número está na coluna seguinte e na dica</translation>
    </message>
    <message>
        <source>NLL kind</source>
        <translation>tipo NLL</translation>
    </message>
    <message>
        <source>exact, lower bound (NLL is an upper bound), exact marginal, estimate, or none</source>
        <translation>exata, limite inferior (a NLL é um limite superior), marginal exata, estimativa ou nenhuma</translation>
    </message>
    <message>
        <source>bits/dim</source>
        <translation>bits/dim</translation>
    </message>
    <message>
        <source>NLL / (784 · ln 2), binary models</source>
        <translation>NLL / (784 · ln 2), modelos binários</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>conf.</translation>
    </message>
    <message>
        <source>share of samples the shipped classifier gives a top probability ≥ 0.9</source>
        <translation>fração de amostras a que o classificador incluído dá uma probabilidade máxima ≥ 0,9</translation>
    </message>
    <message>
        <source>min cls</source>
        <translation>mín. cl.</translation>
    </message>
    <message>
        <source>smallest share of one digit class among the samples (0.10 = all classes equal)</source>
        <translation>menor fração de uma classe de dígito entre as amostras (0,10 = todas as classes iguais)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>faltam</translation>
    </message>
    <message>
        <source>classes with under 1 % of the samples</source>
        <translation>classes com menos de 1 % das amostras</translation>
    </message>
    <message>
        <source>FD</source>
        <translation>FD</translation>
    </message>
    <message>
        <source>Fréchet distance of the classifier&apos;s features to the test digits (lower is better)</source>
        <translation>distância de Fréchet das características do classificador aos dígitos de teste (menor é melhor)</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>piso</translation>
    </message>
    <message>
        <source>the same distance for real training digits: the best a model can reach with this many samples</source>
        <translation>a mesma distância para dígitos de treino reais: o melhor que um modelo pode alcançar com este número de amostras</translation>
    </message>
    <message>
        <source>prec.</source>
        <translation>prec.</translation>
    </message>
    <message>
        <source>k-NN precision (k = 3, Kynkäänniemi et al. 2019): share of samples inside the real digits&apos; feature manifold</source>
        <translation>precisão k-NN (k = 3, Kynkäänniemi et al. 2019): fração de amostras dentro da variedade de características dos dígitos reais</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <source>k-NN recall: share of real digits inside the samples&apos; feature manifold (the data&apos;s variety covered)</source>
        <translation>recall k-NN: fração de dígitos reais dentro da variedade de características das amostras (a variedade dos dados coberta)</translation>
    </message>
    <message>
        <source>memo.</source>
        <translation>memo.</translation>
    </message>
    <message>
        <source>share of samples nearer a training digit than 99 % of test digits are</source>
        <translation>fração de amostras mais próximas de um dígito de treino do que 99 % dos dígitos de teste</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parâmetros</translation>
    </message>
    <message>
        <source>parameters of the model</source>
        <translation>parâmetros do modelo</translation>
    </message>
    <message>
        <source>train</source>
        <translation>treino</translation>
    </message>
    <message>
        <source>training time from the card</source>
        <translation>tempo de treino segundo a ficha</translation>
    </message>
    <message>
        <source>16 smp</source>
        <translation>16 amo.</translation>
    </message>
    <message>
        <source>time to draw 16 samples on the machine that measured the gallery</source>
        <translation>tempo para extrair 16 amostras na máquina que mediu a galeria</translation>
    </message>
    <message>
        <source>compared with {compared_with}; drawn by {how_drawn}</source>
        <translation>comparado com {compared_with}; extraído por {how_drawn}</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>No gallery measured yet</source>
        <translation>Galeria ainda não medida</translation>
    </message>
    <message>
        <source>The Gallery shows every MNIST-5k image model of &lt;tt&gt;trained/&lt;/tt&gt; on the taxonomy of generative models, with 16 samples each and one table of figures measured by one evaluator. It reads &lt;tt&gt;docs/gallery/gallery.json&lt;/tt&gt;, which is not there. Make it with &lt;tt&gt;python -m training gallery&lt;/tt&gt; (about half an hour on one CPU thread), or press &lt;b&gt;Re-measure&lt;/b&gt; below to measure it here in the background.</source>
        <translation>A Galeria mostra cada modelo de imagens MNIST-5k de &lt;tt&gt;trained/&lt;/tt&gt; na taxonomia dos modelos generativos, com 16 amostras de cada um e uma tabela de números medidos por um mesmo avaliador. Ela lê &lt;tt&gt;docs/gallery/gallery.json&lt;/tt&gt;, que não existe. Crie-o com &lt;tt&gt;python -m training gallery&lt;/tt&gt; (cerca de meia hora numa thread de CPU), ou clique em &lt;b&gt;Medir de novo&lt;/b&gt; abaixo para medi-la aqui em segundo plano.</translation>
    </message>
    <message>
        <source>samples per model for a re-measure (the shipped gallery used the number in its header)</source>
        <extracomment>a model&apos;s folder, to open in its own view (the main window&apos;s ``open_model``)</extracomment>
        <translation>amostras por modelo ao medir de novo (a galeria incluída usou o número do seu cabeçalho)</translation>
    </message>
    <message>
        <source>Re-measure</source>
        <translation>Medir de novo</translation>
    </message>
    <message>
        <source>draw and score every model again here, in the background (minutes: the PixelCNNs and the DDPM are slow samplers)</source>
        <translation>extrair e pontuar de novo cada modelo aqui, em segundo plano (minutos: as PixelCNN e o DDPM são amostradores lentos)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>samples per model</source>
        <translation>amostras por modelo</translation>
    </message>
    <message>
        <source>taxonomy</source>
        <translation>taxonomia</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>16 samples (double-click: open)</source>
        <translation>16 amostras (duplo clique: abrir)</translation>
    </message>
    <message>
        <source>Reading {folder} …</source>
        <translation>Lendo {folder} …</translation>
    </message>
    <message>
        <source>The gallery file could not be read: {error}</source>
        <translation>Não foi possível ler o arquivo da galeria: {error}</translation>
    </message>
    <message>
        <source>No gallery in {folder}.</source>
        <translation>Sem galeria em {folder}.</translation>
    </message>
    <message>
        <source>shipped docs/gallery</source>
        <translation>docs/gallery incluída</translation>
    </message>
    <message>
        <source>{rows} models · {n_samples} samples each · measured {measured_at} on {cpu} ({torch_threads} thread) · from {where}</source>
        <translation>{rows} modelos · {n_samples} amostras cada · medido {measured_at} em {cpu} ({torch_threads} thread) · de {where}</translation>
    </message>
    <message>
        <source> · rows re-measured later: {count}</source>
        <translation> · linhas medidas de novo depois: {count}</translation>
    </message>
    <message>
        <source>unplaced: {model}</source>
        <translation>sem lugar: {model}</translation>
    </message>
    <message>
        <source>{name} is not in {parent}: nothing to open.</source>
        <translation>{name} não está em {parent}: nada para abrir.</translation>
    </message>
    <message>
        <source>Opening {name} in its view …</source>
        <translation>Abrindo {name} na sua vista …</translation>
    </message>
    <message>
        <source>Re-measure (restart)</source>
        <translation>Medir de novo (reiniciar)</translation>
    </message>
    <message>
        <source>Measuring with {n} samples per model …</source>
        <translation>Medindo com {n} amostras por modelo …</translation>
    </message>
    <message>
        <source>Cancelled; the gallery shown is unchanged (a model being sampled finishes in the background first).</source>
        <translation>Cancelado; a galeria mostrada não muda (um modelo em amostragem termina antes em segundo plano).</translation>
    </message>
    <message>
        <source>Measured: {rows} models, written to {folder}.</source>
        <translation>Medido: {rows} modelos, gravados em {folder}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The measure failed: {name}: {error}</source>
        <translation>A medição falhou: {name}: {error}</translation>
    </message>
</context>
<context>
    <name>GanPanel</name>
    <message>
        <source>GAN: discriminator vs generator</source>
        <extracomment>live-training steps per update in slow motion (normal: one progress report, 50 steps) D(x) colours: 0 (likely fake) red, ½ white, 1 (likely real) blue</extracomment>
        <translation>GAN: discriminador vs gerador</translation>
    </message>
    <message>
        <source>Step D</source>
        <translation>Passo D</translation>
    </message>
    <message>
        <source>Step G</source>
        <translation>Passo G</translation>
    </message>
    <message>
        <source>Step both</source>
        <translation>Passo de ambos</translation>
    </message>
    <message>
        <source>one update of the discriminator only</source>
        <translation>uma atualização só do discriminador</translation>
    </message>
    <message>
        <source>one update of the generator only</source>
        <translation>uma atualização só do gerador</translation>
    </message>
    <message>
        <source>k updates of D, then one of G</source>
        <translation>k atualizações de D, depois uma de G</translation>
    </message>
    <message>
        <source>slow motion ({slow_chunk} steps per live update)</source>
        <translation>câmera lenta ({slow_chunk} passos por atualização ao vivo)</translation>
    </message>
    <message>
        <source>D(x) background</source>
        <translation>fundo D(x)</translation>
    </message>
    <message>
        <source>generated samples</source>
        <translation>amostras geradas</translation>
    </message>
    <message>
        <source>G-gradient arrows</source>
        <translation>setas do gradiente de G</translation>
    </message>
    <message>
        <source>noise grid → G</source>
        <translation>grade de ruído → G</translation>
    </message>
    <message>
        <source>the manifold: a regular grid of noise z pushed through G</source>
        <translation>a variedade: uma grade regular de ruído z passada por G</translation>
    </message>
    <message>
        <source>−∇ₓ of the generator loss at generated points: where G is pushed</source>
        <translation>−∇ₓ da perda do gerador nos pontos gerados: para onde G é empurrado</translation>
    </message>
    <message>
        <source>likely real ↔ likely fake</source>
        <translation>provavelmente real ↔ provavelmente falso</translation>
    </message>
    <message>
        <source>the background is D(x): blue where D calls points real (D ≈ 1), red where it calls them fake (D ≈ 0), white at ½</source>
        <translation>o fundo é D(x): azul onde D considera os pontos reais (D ≈ 1), vermelho onde os considera falsos (D ≈ 0), branco em ½</translation>
    </message>
    <message>
        <source>D loss</source>
        <translation>perda de D</translation>
    </message>
    <message>
        <source>G loss</source>
        <translation>perda de G</translation>
    </message>
    <message>
        <source>no sample figures yet</source>
        <translation>ainda não há números das amostras</translation>
    </message>
    <message>
        <source>{v} of {modes_total}</source>
        <translation>{v} de {modes_total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample figures&lt;/b&gt; (lower is better for the divergences)&lt;table&gt;</source>
        <translation>&lt;b&gt;Números das amostras&lt;/b&gt; (nas divergências, menor é melhor)&lt;table&gt;</translation>
    </message>
    <message>
        <source>GAN step failed: {error}</source>
        <translation>O passo da GAN falhou: {error}</translation>
    </message>
</context>
<context>
    <name>GenVsDiscPanel</name>
    <message>
        <source>linear: LDA vs logistic regression</source>
        <extracomment>n per class offered for the maps (0: every training point)</extracomment>
        <translation>linear: LDA vs regressão logística</translation>
    </message>
    <message>
        <source>quadratic: QDA vs logistic regression on x, x²</source>
        <translation>quadrático: QDA vs regressão logística em x, x²</translation>
    </message>
    <message>
        <source>flexible: KDE per class vs MLP</source>
        <translation>flexível: KDE por classe vs MLP</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>subsamples per size; the curve shows the median</source>
        <translation>subamostras por tamanho; a curva mostra a mediana</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>Curva de aprendizado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>the maps are fitted on n training points per class</source>
        <translation>os mapas são ajustados com n pontos de treino por classe</translation>
    </message>
    <message>
        <source>pair:</source>
        <translation>par:</translation>
    </message>
    <message>
        <source>n per class:</source>
        <translation>n por classe:</translation>
    </message>
    <message>
        <source>seeds:</source>
        <translation>sementes:</translation>
    </message>
    <message>
        <source>training points per class</source>
        <translation>pontos de treino por classe</translation>
    </message>
    <message>
        <source>held-out accuracy (%)</source>
        <translation>acurácia nos reservados (%)</translation>
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
        <translation>Ainda não há conjunto de dados.</translation>
    </message>
    <message>
        <source>This data set has no class labels. The toy sets, the world cities (continents) and drawn or imported points with a class column have.</source>
        <translation>Este conjunto de dados não tem rótulos de classe. Têm rótulos os conjuntos de brinquedo, as cidades do mundo (continentes) e os pontos desenhados ou importados com uma coluna de classe.</translation>
    </message>
    <message>
        <source>Only one class: a classifier needs at least two.</source>
        <translation>Só há uma classe: um classificador precisa de pelo menos duas.</translation>
    </message>
    <message>
        <source>Fitting both classifiers…</source>
        <translation>Ajustando os dois classificadores…</translation>
    </message>
    <message>
        <source>Cannot fit the classifiers: {e}</source>
        <translation>Não é possível ajustar os classificadores: {e}</translation>
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
        <translation>{kind} ({name}): &lt;b&gt;{acc}&lt;/b&gt; nos reservados</translation>
    </message>
    <message>
        <source>Left: Bayes&apos; rule p(y | x) = p(x | y) p(y) / Σ p(x | y&apos;) p(y&apos;) over one density per class. Right: p(y | x) fitted directly (cross-entropy). Both trained on the {n} points shown; colour: most probable class, strength: its probability.</source>
        <translation>Esquerda: regra de Bayes p(y | x) = p(x | y) p(y) / Σ p(x | y&apos;) p(y&apos;) sobre uma densidade por classe. Direita: p(y | x) ajustada diretamente (entropia cruzada). Ambos treinados nos {n} pontos mostrados; cor: classe mais provável, intensidade: sua probabilidade.</translation>
    </message>
    <message>
        <source>Measuring the learning curve…</source>
        <translation>Medindo a curva de aprendizado…</translation>
    </message>
    <message>
        <source>Learning curve cancelled.</source>
        <translation>Curva de aprendizado cancelada.</translation>
    </message>
    <message>
        <source>Cannot measure the curve: {e}</source>
        <translation>Não é possível medir a curva: {e}</translation>
    </message>
    <message>
        <source>The discriminative model is ahead from n = {n} per class on.</source>
        <translation>O modelo discriminativo fica à frente a partir de n = {n} por classe.</translation>
    </message>
    <message>
        <source>No crossover on these sizes.</source>
        <translation>Sem cruzamento nestes tamanhos.</translation>
    </message>
    <message>
        <source> (n = {s} dropped: a class has fewer points)</source>
        <translation> (n = {s} descartado: uma classe tem menos pontos)</translation>
    </message>
    <message>
        <source>Median of {s} seeds: {g} vs {d}. </source>
        <translation>Mediana de {s} sementes: {g} vs {d}. </translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>points drawn per class</source>
        <translation>pontos gerados por classe</translation>
    </message>
    <message>
        <source>model:</source>
        <translation>modelo:</translation>
    </message>
    <message>
        <source>class:</source>
        <translation>classe:</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>orientação</translation>
    </message>
    <message>
        <source>n per class:</source>
        <translation>n por classe:</translation>
    </message>
    <message>
        <source>s = 0 draws every class from the unconditional model, s = 1 from p(x | c); a larger s pushes the points away from the other classes. The share in their class is judged by the 15 nearest training points (distance-weighted)</source>
        <translation>s = 0 gera cada classe com o modelo incondicional, s = 1 com p(x | c); um s maior afasta os pontos das outras classes. A fração na sua classe é julgada pelos 15 pontos de treino mais próximos (ponderados pela distância)</translation>
    </message>
    <message>
        <source>s = 0: the unconditional model for every class · s = 1: p(x | c) · s &amp;gt; 1: pushed away from the other classes</source>
        <translation>s = 0: o modelo incondicional para cada classe · s = 1: p(x | c) · s &amp;gt; 1: afastados das outras classes</translation>
    </message>
    <message>
        <source>the canvas&apos;s current model</source>
        <translation>o modelo atual da tela</translation>
    </message>
    <message>
        <source>every class</source>
        <translation>todas as classes</translation>
    </message>
    <message>
        <source>No class-conditional 2D diffusion model: train one with &lt;code&gt;python -m training diffusion --data world-cities --conditional&lt;/code&gt; (any labelled 2D set) or open one on the canvas.</source>
        <translation>Nenhum modelo de difusão 2D condicional por classe: treine um com &lt;code&gt;python -m training diffusion --data world-cities --conditional&lt;/code&gt; (qualquer conjunto 2D rotulado) ou abra um na tela.</translation>
    </message>
    <message>
        <source>Drawing at s = {s:.1f} …</source>
        <translation>Gerando com s = {s:.1f} …</translation>
    </message>
    <message>
        <source>s = {s:.1f}: &lt;b&gt;{acc:.0%}&lt;/b&gt; of the points fall in their prompted class; spread {div:.2f} × the real points&apos;. {legend}</source>
        <translation>s = {s:.1f}: &lt;b&gt;{acc:.0%}&lt;/b&gt; dos pontos caem na classe pedida; dispersão {div:.2f} × a dos pontos reais. {legend}</translation>
    </message>
    <message>
        <source>Could not draw: {e}</source>
        <translation>Não foi possível gerar: {e}</translation>
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
        <translation>imagem de teste</translation>
    </message>
    <message>
        <source>Invert: search z for it</source>
        <translation>Inverter: procurar z para ela</translation>
    </message>
    <message>
        <source>A GAN has no encoder: Adam searches z (from 8 draws of the prior, the generator fixed) for the image closest to this one</source>
        <translation>Uma GAN não tem codificador: o Adam procura z (a partir de 8 extrações da prior, com o gerador fixo) para a imagem mais próxima desta</translation>
    </message>
    <message>
        <source>Use this z on the sliders</source>
        <translation>Usar este z nos controles deslizantes</translation>
    </message>
    <message>
        <source>test image x</source>
        <translation>imagem de teste x</translation>
    </message>
    <message>
        <source>G(z*): the nearest it can draw</source>
        <translation>G(z*): o mais próximo que consegue desenhar</translation>
    </message>
    <message>
        <source>Reading the test images …</source>
        <translation>Lendo as imagens de teste …</translation>
    </message>
    <message>
        <source>Pick a test image and press Invert.</source>
        <translation>Escolha uma imagem de teste e clique em Inverter.</translation>
    </message>
    <message>
        <source>Cannot invert: {error}</source>
        <translation>Não é possível inverter: {error}</translation>
    </message>
    <message>
        <source>Searching z …</source>
        <translation>Procurando z …</translation>
    </message>
    <message>
        <source>mean squared error {mse:.4f} per pixel · ‖z*‖ = {z:.1f} (prior draws: ≈ {z2:.1f})</source>
        <translation>erro quadrático médio {mse:.4f} por pixel · ‖z*‖ = {z:.1f} (extrações da prior: ≈ {z2:.1f})</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language (applies at the next start)</source>
        <translation>&amp;Idioma (aplicado no próximo início)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Latent Explorer.</source>
        <translation>O novo idioma será usado a partir do próximo início do Latent Explorer.</translation>
    </message>
</context>
<context>
    <name>LatentExport</name>
    <message>
        <source>Export interpolation strip</source>
        <translation>Exportar faixa de interpolação</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>Export interpolation as GIF</source>
        <translation>Exportar interpolação como GIF</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animação GIF (*.gif)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada para exportar</translation>
    </message>
    <message>
        <source>Bookmark at least two codes first.</source>
        <translation>Marque pelo menos dois códigos primeiro.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <source>Could not write {path}: {e}</source>
        <translation>Não foi possível gravar {path}: {e}</translation>
    </message>
</context>
<context>
    <name>LatentMap</name>
    <message>
        <source>PC 1 of z ({share:.0%} of the variance)</source>
        <translation>CP 1 de z ({share:.0%} da variância)</translation>
    </message>
    <message>
        <source>PC 2 of z ({share:.0%})</source>
        <translation>CP 2 de z ({share:.0%})</translation>
    </message>
    <message>
        <source>test set encoded (posterior means, {z} images): {chips}. Drag the yellow point.{note}</source>
        <translation>conjunto de teste codificado (médias a posteriori, {z} imagens): {chips}. Arraste o ponto amarelo.{note}</translation>
    </message>
    <message>
        <source>&lt;i&gt;{preparing}&lt;/i&gt; the sliders and the image work already.</source>
        <translation>&lt;i&gt;{preparing}&lt;/i&gt; os controles deslizantes e a imagem já funcionam.</translation>
    </message>
    <message>
        <source>No test-set map: {data_error}. Drag the yellow point (it moves z in this plane) or the sliders.</source>
        <translation>Sem mapa do conjunto de teste: {data_error}. Arraste o ponto amarelo (ele move z neste plano) ou os controles deslizantes.</translation>
    </message>
    <message>
        <source>No test set to encode: {none}. Drag the yellow point or the sliders, or encode an image file.</source>
        <translation>Não há conjunto de teste para codificar: {none}. Arraste o ponto amarelo ou os controles deslizantes, ou codifique um arquivo de imagem.</translation>
    </message>
</context>
<context>
    <name>LatentSpace</name>
    <message>
        <source>z{j}: draws of the prior N(0, 1) (bars and line); a GAN has no encoder, so there are no training codes</source>
        <extracomment>nats: a VAE dimension whose KL to the prior is below this carries (almost) no information a dimension of a model without KL (autoencoder, PCA) whose codes vary less than this fraction of the most varied dimension&apos;s is shown inactive slider half-range in slider units (prior σ, or σ of the training codes) a code further than this many σ of the training codes from their mean is &quot;far&quot; families whose latent prior is N(0, I) (an autoencoder has none) the card&apos;s statistics are of prior draws, not of encoded data (a GAN: no encoder)</extracomment>
        <translation>z{j}: extrações da prior N(0, 1) (barras e linha); uma GAN não tem codificador, por isso não há códigos de treino</translation>
    </message>
    <message>
        <source>mean {j:+.2f}, std {j2:.2f}</source>
        <translation>média {j:+.2f}, desvio {j2:.2f}</translation>
    </message>
    <message>
        <source>z{j}: training codes (bars) vs the prior N(0, 1) (line); {stats}</source>
        <translation>z{j}: códigos de treino (barras) vs a prior N(0, 1) (linha); {stats}</translation>
    </message>
    <message>
        <source>z{j}: codes of the test set (bars; an autoencoder has no prior); training codes {stats}</source>
        <translation>z{j}: códigos do conjunto de teste (barras; um autocodificador não tem prior); códigos de treino {stats}</translation>
    </message>
    <message>
        <source>; KL {j:.2f} nats</source>
        <translation>; KL {j:.2f} nats</translation>
    </message>
    <message>
        <source> — inactive</source>
        <translation> — inativa</translation>
    </message>
    <message>
        <source> lie more than {far_sigmas:g} standard deviations from the training codes</source>
        <translation> estão a mais de {far_sigmas:g} desvios-padrão dos códigos de treino</translation>
    </message>
    <message>
        <source>‖z‖² = {q:.1f} is beyond the prior&apos;s 99.9 % quantile ({q999:.1f})</source>
        <translation>‖z‖² = {q:.1f} ultrapassa o quantil de 99,9 % da prior ({q999:.1f})</translation>
    </message>
</context>
<context>
    <name>LatentView</name>
    <message>
        <source>Open the shipped MNIST VAE (d = 2)</source>
        <translation>Abrir o VAE MNIST incluído (d = 2)</translation>
    </message>
    <message>
        <source>No latent-variable model loaded</source>
        <translation>Nenhum modelo de variáveis latentes carregado</translation>
    </message>
    <message>
        <source>This view puts a slider on every latent dimension of a trained VAE, autoencoder or probabilistic PCA and redraws the decoded image as you drag, with a map of the encoded test set.&lt;br&gt;&lt;br&gt;Use &lt;b&gt;File → Open model…&lt;/b&gt; (Ctrl+O) and pick a folder whose card says &lt;code&gt;&quot;kind&quot;: &quot;latent&quot;&lt;/code&gt;.</source>
        <translation>Esta vista põe um controle deslizante em cada dimensão latente de um VAE, autocodificador ou PCA probabilístico treinado e redesenha a imagem decodificada enquanto você arrasta, com um mapa do conjunto de teste codificado.&lt;br&gt;&lt;br&gt;Use &lt;b&gt;Arquivo → Abrir modelo…&lt;/b&gt; (Ctrl+O) e escolha uma pasta cuja ficha diga &lt;code&gt;&quot;kind&quot;: &quot;latent&quot;&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>shipped latent models</source>
        <translation>modelos latentes incluídos</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Repor tudo</translation>
    </message>
    <message>
        <source>z = 0, the prior mean</source>
        <translation>z = 0, a média da prior</translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation>Aleatório</translation>
    </message>
    <message>
        <source>draw z ~ N(0, I): generation is sampling from the prior</source>
        <translation>extrair z ~ N(0, I): gerar é amostrar da prior</translation>
    </message>
    <message>
        <source>truncation ψ</source>
        <translation>truncamento ψ</translation>
    </message>
    <message>
        <source>ψ &lt; 1 pulls every code toward the prior&apos;s centre (the style generator: w toward the mean w̄): more typical, cleaner images, less variety; ψ = 0 is one average image</source>
        <translation>ψ &lt; 1 aproxima cada código do centro da prior (no gerador de estilo: w em direção à média w̄): imagens mais típicas e limpas, menos variedade; ψ = 0 é uma única imagem média</translation>
    </message>
    <message>
        <source>Train a latent model…</source>
        <translation>Treinar um modelo latente…</translation>
    </message>
    <message>
        <source>run a recipe (VAE, AE, PCA; shipped data or your images) in a separate process and open the result</source>
        <translation>executa uma receita (VAE, AE, PCA; dados incluídos ou as suas imagens) num processo separado e abre o resultado</translation>
    </message>
    <message>
        <source>decoded x = g(z)</source>
        <translation>x decodificado = g(z)</translation>
    </message>
    <message>
        <source>second model, same z</source>
        <translation>segundo modelo, mesmo z</translation>
    </message>
    <message>
        <source>compare with</source>
        <translation>comparar com</translation>
    </message>
    <message>
        <source>map axes</source>
        <translation>eixos do mapa</translation>
    </message>
    <message>
        <source>PCA of z</source>
        <translation>PCA de z</translation>
    </message>
    <message>
        <source>show the test codes along their two principal directions (for d &gt; 2); dragging the point moves z in that plane</source>
        <translation>mostra os códigos de teste ao longo das suas duas direções principais (para d &gt; 2); arrastar o ponto move z nesse plano</translation>
    </message>
    <message>
        <source>manifold grid</source>
        <translation>grade da variedade</translation>
    </message>
    <message>
        <source>decode a {manifold_n}×{manifold_n} grid of codes over the visible region (other dimensions fixed at z)</source>
        <translation>decodifica uma grade de {manifold_n}×{manifold_n} códigos sobre a região visível (as outras dimensões fixas em z)</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>Codificar uma imagem</translation>
    </message>
    <message>
        <source>Bookmarks and interpolation</source>
        <translation>Marcadores e interpolação</translation>
    </message>
    <message>
        <source>Traversal grid</source>
        <translation>Grade de percurso</translation>
    </message>
    <message>
        <source>Style mixing</source>
        <translation>Mistura de estilos</translation>
    </message>
    <message>
        <source>Invert an image</source>
        <translation>Inverter uma imagem</translation>
    </message>
    <message>
        <source>test images — click one to encode it</source>
        <translation>imagens de teste — clique numa para codificá-la</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>Encode an image file…</source>
        <translation>Codificar um arquivo de imagem…</translation>
    </message>
    <message>
        <source>original x</source>
        <translation>x original</translation>
    </message>
    <message>
        <source>reconstruction g(f(x))</source>
        <translation>reconstrução g(f(x))</translation>
    </message>
    <message>
        <source>reconstruction error: click a test image or encode a file</source>
        <translation>erro de reconstrução: clique numa imagem de teste ou codifique um arquivo</translation>
    </message>
    <message>
        <source>double-click: jump to this z</source>
        <translation>duplo clique: saltar para este z</translation>
    </message>
    <message>
        <source>Bookmark z…</source>
        <translation>Marcar z…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>para</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>spherical</source>
        <translation>esférica</translation>
    </message>
    <message>
        <source>path</source>
        <translation>trajeto</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <source>Strip PNG…</source>
        <translation>Faixa PNG…</translation>
    </message>
    <message>
        <source>GIF…</source>
        <translation>GIF…</translation>
    </message>
    <message>
        <source>each row: one dimension swept over −3σ … +3σ, the others fixed at the current z</source>
        <translation>cada linha: uma dimensão percorrida de −3σ a +3σ, as outras fixas no z atual</translation>
    </message>
    <message>
        <source>{name} (opened)</source>
        <translation>{name} (aberto)</translation>
    </message>
    <message>
        <source>test ELBO {test_elbo_nats:.1f} nats/image</source>
        <translation>ELBO de teste {test_elbo_nats:.1f} nats/imagem</translation>
    </message>
    <message>
        <source>test log-likelihood {test_log_likelihood_nats:.1f} nats/image</source>
        <translation>log-verossimilhança de teste {test_log_likelihood_nats:.1f} nats/imagem</translation>
    </message>
    <message>
        <source>reconstruction MSE {test_mse:.4f}</source>
        <translation>MSE de reconstrução {test_mse:.4f}</translation>
    </message>
    <message>
        <source>5-NN accuracy in z {test_knn5_accuracy:.1%}</source>
        <translation>acurácia 5-NN em z {test_knn5_accuracy:.1%}</translation>
    </message>
    <message>
        <source>samples classified with ≥ 90 % confidence {confident_share:.0%}</source>
        <translation>amostras classificadas com confiança ≥ 90 % {confident_share:.0%}</translation>
    </message>
    <message>
        <source>Fréchet distance {frechet_distance:.1f}</source>
        <translation>distância de Fréchet {frechet_distance:.1f}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{family}&lt;/b&gt;, d = {latent_dim}, on {name}&lt;br&gt;&lt;small&gt;{figs}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{family}&lt;/b&gt;, d = {latent_dim}, sobre {name}&lt;br&gt;&lt;small&gt;{figs}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>0, the prior mean</source>
        <translation>0, a média da prior</translation>
    </message>
    <message>
        <source>w̄, the mean of mapped prior draws</source>
        <translation>w̄, a média das extrações da prior mapeadas</translation>
    </message>
    <message>
        <source>the mean of the training codes</source>
        <translation>a média dos códigos de treino</translation>
    </message>
    <message>
        <source>draw z from a Gaussian fitted to the training codes (an autoencoder has no prior)</source>
        <translation>extrair z de uma gaussiana ajustada aos códigos de treino (um autocodificador não tem prior)</translation>
    </message>
    <message>
        <source>z = 0, the prior mean — not a typical draw: samples of N(0, I) lie at ‖z‖ ≈ {dim:.0f}</source>
        <translation>z = 0, a média da prior — não é uma extração típica: as amostras de N(0, I) estão em ‖z‖ ≈ {dim:.0f}</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;far outside the data&lt;/b&gt;: </source>
        <translation>⚠ &lt;b&gt;muito fora dos dados&lt;/b&gt;: </translation>
    </message>
    <message>
        <source> — the decoder has never been trained here.</source>
        <translation> — o decodificador nunca foi treinado aqui.</translation>
    </message>
    <message>
        <source>preparing the test set…</source>
        <translation>preparando o conjunto de teste…</translation>
    </message>
</context>
<context>
    <name>LiveTraining</name>
    <message>
        <source>at least 2 training points are needed to fit a model</source>
        <translation>são necessários pelo menos 2 pontos de treino para ajustar um modelo</translation>
    </message>
</context>
<context>
    <name>LiveTrainingPanel</name>
    <message>
        <source>Training {label} live…</source>
        <translation>Treinando {label} ao vivo…</translation>
    </message>
    <message>
        <source>Training {label}: step {step}/{total}, train NLL {train_nll}, held-out {val_nll} nats.</source>
        <translation>Treinando {label}: passo {step}/{total}, NLL de treino {train_nll}, reservados {val_nll} nats.</translation>
    </message>
    <message>
        <source>{label}: scoring…</source>
        <translation>{label}: pontuando…</translation>
    </message>
    <message>
        <source>Training stopped: {error}</source>
        <translation>Treino interrompido: {error}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
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
        <translation>Densidade</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latente</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>Passo a passo</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galeria</translation>
    </message>
    <message>
        <source>latent</source>
        <extracomment>how the status bar&apos;s model label names a tab (translated where it is shown)</extracomment>
        <translation>latente</translation>
    </message>
    <message>
        <source>diffusion</source>
        <translation>difusão</translation>
    </message>
    <message>
        <source>Latent Explorer</source>
        <extracomment>the tabs that show one model (each has a ModelSlot)</extracomment>
        <translation>Latent Explorer</translation>
    </message>
    <message>
        <source>no model file opened</source>
        <translation>nenhum arquivo de modelo aberto</translation>
    </message>
    <message>
        <source>Ready. File → Open model… (Ctrl+O) loads a trained model.</source>
        <translation>Pronto. Arquivo → Abrir modelo… (Ctrl+O) carrega um modelo treinado.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <source>Open a model folder (model.safetensors + card.json)</source>
        <translation>Abrir uma pasta de modelo (model.safetensors + card.json)</translation>
    </message>
    <message>
        <source>&amp;Export view as PNG…</source>
        <translation>&amp;Exportar vista como PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the current view</source>
        <translation>Salvar uma imagem da vista atual</translation>
    </message>
    <message>
        <source>&amp;Train a model…</source>
        <translation>&amp;Treinar um modelo…</translation>
    </message>
    <message>
        <source>Run a training recipe for the current view in a separate process and open the result</source>
        <translation>Executar uma receita de treino para a vista atual num processo separado e abrir o resultado</translation>
    </message>
    <message>
        <source>Train a&amp;nother kind of model</source>
        <translation>Treinar &amp;outro tipo de modelo</translation>
    </message>
    <message>
        <source>a 2D density (any family)…</source>
        <translation>uma densidade 2D (qualquer família)…</translation>
    </message>
    <message>
        <source>a VAE / autoencoder / PCA…</source>
        <translation>um VAE / autocodificador / PCA…</translation>
    </message>
    <message>
        <source>an image GAN (DCGAN / style-based)…</source>
        <translation>uma GAN de imagens (DCGAN / baseada em estilos)…</translation>
    </message>
    <message>
        <source>a diffusion model…</source>
        <translation>um modelo de difusão…</translation>
    </message>
    <message>
        <source>a PixelCNN (pixel by pixel)…</source>
        <translation>uma PixelCNN (pixel a pixel)…</translation>
    </message>
    <message>
        <source>a restricted Boltzmann machine…</source>
        <translation>uma máquina de Boltzmann restrita…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Model &amp;card…</source>
        <translation>&amp;Ficha do modelo…</translation>
    </message>
    <message>
        <source>What the model in this view is, how it was trained and how well</source>
        <translation>O que é o modelo desta vista, como foi treinado e quão bem funciona</translation>
    </message>
    <message>
        <source>&amp;About Latent Explorer</source>
        <translation>&amp;Sobre o Latent Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Open model folder</source>
        <translation>Abrir pasta de modelo</translation>
    </message>
    <message>
        <source>Opening {path} …</source>
        <translation>Abrindo {path} …</translation>
    </message>
    <message>
        <source> — still opening </source>
        <translation> — ainda abrindo </translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nada para mostrar</translation>
    </message>
    <message>
        <source>{name} holds a {kind} model, which the {tab} view does not show; it stays as it is.</source>
        <translation>{name} contém um modelo {kind}, que a vista {tab} não mostra; fica como está.</translation>
    </message>
    <message>
        <source>Kept the model you opened in the {tab} view.</source>
        <translation>Mantido o modelo que você abriu na vista {tab}.</translation>
    </message>
    <message>
        <source>Could not show the model.</source>
        <translation>Não foi possível mostrar o modelo.</translation>
    </message>
    <message>
        <source>Could not show model</source>
        <translation>Não foi possível mostrar o modelo</translation>
    </message>
    <message>
        <source>{path} was read but could not be shown because of an unexpected error ({name}: {e}).</source>
        <translation>{path} foi lido mas não pôde ser mostrado devido a um erro inesperado ({name}: {e}).</translation>
    </message>
    <message>
        <source>Opened {title}</source>
        <translation>Aberto {title}</translation>
    </message>
    <message>
        <source>{name} on the density canvas: its NLL by the probability-flow ODE (a few seconds); the heatmap is a density estimate of its samples.</source>
        <translation>{name} na tela de densidade: a sua NLL pela ODE de fluxo de probabilidade (alguns segundos); o mapa de calor é uma estimativa da densidade das suas amostras.</translation>
    </message>
    <message>
        <source>{path} could not be opened because of an unexpected error ({name}: {error}).</source>
        <translation>{path} não pôde ser aberto devido a um erro inesperado ({name}: {error}).</translation>
    </message>
    <message>
        <source>Could not open the model; nothing was changed.</source>
        <translation>Não foi possível abrir o modelo; nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>Não foi possível abrir o modelo</translation>
    </message>
    <message>
        <source>{name}: double-click a model to open it</source>
        <translation>{name}: clique duas vezes num modelo para abri-lo</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <translation>{name}: {title}</translation>
    </message>
    <message>
        <source>{name}: no model open</source>
        <translation>{name}: nenhum modelo aberto</translation>
    </message>
    <message>
        <source> on {data}</source>
        <translation> sobre {data}</translation>
    </message>
    <message>
        <source>density: no model{on}</source>
        <translation>densidade: nenhum modelo{on}</translation>
    </message>
    <message>
        <source>density: {title}</source>
        <translation>densidade: {title}</translation>
    </message>
    <message>
        <source>density: {label}{on}</source>
        <translation>densidade: {label}{on}</translation>
    </message>
    <message>
        <source>No model card</source>
        <translation>Sem ficha do modelo</translation>
    </message>
    <message>
        <source>The {name} view shows many models; open one (double-click its row) to see its card.</source>
        <translation>A vista {name} mostra muitos modelos; abra um (duplo clique na sua linha) para ver a sua ficha.</translation>
    </message>
    <message>
        <source>No model file is open in the {name} view. Models fitted in the app have no card until they are trained with python -m training.</source>
        <translation>Nenhum arquivo de modelo aberto na vista {name}. Os modelos ajustados no aplicativo não têm ficha até serem treinados com python -m training.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latent Explorer {version}&lt;/h3&gt;&lt;p&gt;A desktop lab for seeing how generative models work: densities fitted by maximum likelihood, latent spaces, and diffusion, with models it trains itself on your CPU.&lt;/p&gt;&lt;p&gt;Qt {qversion} · PySide6 {pyside_version} · pyqtgraph {version2} · torch {version3} · numpy {version4} · Python {python_version}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latent Explorer {version}&lt;/h3&gt;&lt;p&gt;Um laboratório de desktop para ver como funcionam os modelos generativos: densidades ajustadas por máxima verossimilhança, espaços latentes e difusão, com modelos que ele próprio treina na sua CPU.&lt;/p&gt;&lt;p&gt;Qt {qversion} · PySide6 {pyside_version} · pyqtgraph {version2} · torch {version3} · numpy {version4} · Python {python_version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Latent Explorer</source>
        <translation>Sobre o Latent Explorer</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Exportar vista como PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvo {path}</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Não foi possível exportar</translation>
    </message>
    <message>
        <source>Could not write {path} (is the folder writable?).</source>
        <translation>Não foi possível gravar {path} (a pasta permite escrita?).</translation>
    </message>
</context>
<context>
    <name>MaskPainter</name>
    <message>
        <source>Pixels kept (paint them)</source>
        <extracomment>the tint of kept pixels (RGB) and how strongly it is mixed in</extracomment>
        <translation>Pixels mantidos (pinte-os)</translation>
    </message>
    <message>
        <source>brush radius in pixels (0: one pixel)</source>
        <translation>raio do pincel em pixels (0: um pixel)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>left drag erases instead of painting (right drag always erases)</source>
        <translation>arrastar com o botão esquerdo apaga em vez de pintar (com o direito apaga sempre)</translation>
    </message>
    <message>
        <source>brush</source>
        <translation>pincel</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Cima</translation>
    </message>
    <message>
        <source>keep the top half</source>
        <translation>manter a metade de cima</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <source>keep the left half</source>
        <translation>manter a metade esquerda</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>keep nothing (sample every pixel)</source>
        <translation>não manter nada (amostrar todos os pixels)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <source>keep what is free and free what is kept</source>
        <translation>manter o que está livre e libertar o que está mantido</translation>
    </message>
    <message>
        <source>unknown preset {name!r}</source>
        <translation>predefinição desconhecida {name!r}</translation>
    </message>
    <message>
        <source>{kept} of {size} pixels kept; the sampler draws the other {kept2}</source>
        <translation>{kept} de {size} pixels mantidos; o amostrador extrai os outros {kept2}</translation>
    </message>
</context>
<context>
    <name>ModelBox</name>
    <message>
        <source>family:</source>
        <translation>família:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the family to the training points (maximum likelihood); iterative families train live</source>
        <translation>Ajustar a família aos pontos de treino (máxima verossimilhança); as famílias iterativas treinam ao vivo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>one progress report of the trainer: an EM iteration, or 50 optimisation steps</source>
        <translation>um relatório de progresso do treinador: uma iteração EM ou 50 passos de otimização</translation>
    </message>
    <message>
        <source>Fit ladder</source>
        <translation>Escada</translation>
    </message>
    <message>
        <source>Fit {ladder_text} in turn</source>
        <translation>Ajustar {ladder_text} à vez</translation>
    </message>
    <message>
        <source>Open the shipped model for this data set</source>
        <translation>Abrir o modelo incluído para estes dados</translation>
    </message>
</context>
<context>
    <name>ModelCardDialog</name>
    <message>
        <source>Model card — {path}</source>
        <translation>Ficha do modelo — {path}</translation>
    </message>
</context>
<context>
    <name>ModelLabel</name>
    <message>
        <source>Box</source>
        <extracomment>the families&apos; short names (``Family.short``, a loaded DDPM&apos;s &quot;DDPM&quot;), marked for lupdate</extracomment>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiana</translation>
    </message>
    <message>
        <source>Factorised</source>
        <translation>Fatorada</translation>
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
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>Autoregressive</source>
        <translation>Autorregressivo</translation>
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
        <translation>perda não saturante</translation>
    </message>
    <message>
        <source>least-squares loss</source>
        <translation>perda de mínimos quadrados</translation>
    </message>
    <message>
        <source>spectral norm</source>
        <translation>norma espectral</translation>
    </message>
    <message>
        <source>R1 penalty {gamma}</source>
        <translation>penalidade R1 {gamma}</translation>
    </message>
    <message>
        <source>GMM K={k}</source>
        <translation>GMM K={k}</translation>
    </message>
    <message>
        <source>KDE (held-out bandwidth)</source>
        <translation>KDE (largura de banda validada)</translation>
    </message>
    <message>
        <source>KDE (Scott&apos;s rule)</source>
        <translation>KDE (regra de Scott)</translation>
    </message>
    <message>
        <source>KDE (bandwidth {h})</source>
        <translation>KDE (largura de banda {h})</translation>
    </message>
    <message>
        <source>Flow {layers}×{hidden}</source>
        <translation>Fluxo {layers}×{hidden}</translation>
    </message>
    <message>
        <source>Autoregressive {d}×{d}</source>
        <translation>Autorregressivo {d}×{d}</translation>
    </message>
    <message>
        <source>GAN, {q}D noise, {parts}</source>
        <translation>GAN, ruído {q}D, {parts}</translation>
    </message>
</context>
<context>
    <name>OpenedModels</name>
    <message>
        <source>No shipped model for this data set</source>
        <translation>Nenhum modelo incluído para estes dados</translation>
    </message>
    <message>
        <source>Open the shipped {first} for this data set</source>
        <translation>Abrir o {first} incluído destes dados</translation>
    </message>
    <message>
        <source> (+{found} more)</source>
        <translation> (+{found} outros)</translation>
    </message>
    <message>
        <source>No shipped model for this data set.</source>
        <translation>Nenhum modelo incluído para estes dados.</translation>
    </message>
    <message>
        <source>Could not open the shipped model</source>
        <translation>Não foi possível abrir o modelo incluído</translation>
    </message>
    <message>
        <source>Scoring {name} on {name2}…</source>
        <translation>Pontuando {name} sobre {name2}…</translation>
    </message>
</context>
<context>
    <name>ParityButton</name>
    <message>
        <source>Quality vs steps…</source>
        <translation>Qualidade por passos…</translation>
    </message>
    <message>
        <source>how each sampler&apos;s samples score against the number of steps, measured for this model</source>
        <translation>como pontuam as amostras de cada amostrador conforme o número de passos, medido para este modelo</translation>
    </message>
    <message>
        <source>this model&apos;s card has no solver parity table (python -m benchmarks.solvers --write-card measures one)</source>
        <translation>a ficha deste modelo não tem tabela de paridade de solucionadores (python -m benchmarks.solvers --write-card a mede)</translation>
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
        <translation>log p_data = {lt} (verdadeira)</translation>
    </message>
    <message>
        <source>log p_data ≈ {lt} (KDE estimate)</source>
        <translation>log p_data ≈ {lt} (estimativa KDE)</translation>
    </message>
    <message>
        <source>on land</source>
        <translation>em terra</translation>
    </message>
    <message>
        <source>in the sea</source>
        <translation>no mar</translation>
    </message>
    <message>
        <source>off the map (longitude ±180°, latitude ±90°)</source>
        <translation>fora do mapa (longitude ±180°, latitude ±90°)</translation>
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
        <translation>Prompt e orientação</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>prompt</translation>
    </message>
    <message>
        <source>classifier-free guidance scale s</source>
        <translation>escala s da orientação sem classificador</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>orientação</translation>
    </message>
    <message>
        <source>s = 0: the unconditional model; s = 1: the conditional one; s &amp;gt; 1: pushed further towards the class</source>
        <translation>s = 0: o modelo incondicional; s = 1: o condicional; s &amp;gt; 1: empurrado mais em direção à classe</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#286edc&apos;&gt;━ accuracy&lt;/span&gt; · &lt;span style=&apos;color:#e6781e&apos;&gt;━ diversity&lt;/span&gt; — dashed: the card (all classes), solid: this prompt</source>
        <translation>&lt;span style=&apos;color:#286edc&apos;&gt;━ acurácia&lt;/span&gt; · &lt;span style=&apos;color:#e6781e&apos;&gt;━ diversidade&lt;/span&gt; — tracejadas: a ficha (todas as classes), contínuas: este prompt</translation>
    </message>
    <message>
        <source>Measure for this prompt</source>
        <translation>Medir para este prompt</translation>
    </message>
    <message>
        <source>sample {n} images per guidance scale for the prompted class (fast solver, 20 steps) and plot how many are classified as that class and how varied they are</source>
        <translation>amostra {n} imagens por escala de orientação para a classe pedida (solver rápido, 20 passos) e mostra quantas são classificadas como essa classe e quão variadas são</translation>
    </message>
    <message>
        <source>a digit: 7, seven, siete, sete, 七 …</source>
        <translation>um dígito: 7, sete, seven, siete, 七 …</translation>
    </message>
    <message>
        <source>a class: {names}</source>
        <translation>uma classe: {names}</translation>
    </message>
    <message>
        <source>Dashed: measured for the card over all classes ({n} per class, {sampler}); accuracy = share classified as the prompted class, diversity = spread of the samples ÷ spread of real examples of that class.</source>
        <translation>Tracejadas: medidas para a ficha sobre todas as classes ({n} por classe, {sampler}); acurácia = fração classificada como a classe pedida, diversidade = dispersão das amostras ÷ dispersão de exemplos reais dessa classe.</translation>
    </message>
    <message>
        <source>No prompt: the unconditional model (∅) draws.</source>
        <translation>Sem prompt: amostra o modelo incondicional (∅).</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b03020&apos;&gt;Not understood&lt;/span&gt; — name one class: {hint}</source>
        <translation>&lt;span style=&apos;color:#b03020&apos;&gt;Não entendido&lt;/span&gt; — diga uma classe: {hint}</translation>
    </message>
    <message>
        <source>→ class &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>→ classe &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#b03020&apos;&gt;the training set has no example of it&lt;/span&gt;: its label was never learned, so what the model draws for it means nothing</source>
        <translation> — &lt;span style=&apos;color:#b03020&apos;&gt;o conjunto de treino não tem nenhum exemplo dela&lt;/span&gt;: seu rótulo nunca foi aprendido, então o que o modelo gera para ela não significa nada</translation>
    </message>
    <message>
        <source>Type a prompt the model understands first.</source>
        <translation>Primeiro digite um prompt que o modelo entenda.</translation>
    </message>
    <message>
        <source>Solid: measured now for class {name}, {n} samples per point.</source>
        <translation>Contínuas: medidas agora para a classe {name}, {n} amostras por ponto.</translation>
    </message>
    <message>
        <source>Measuring s = {s:g} ({i} of {n}) …</source>
        <translation>Medindo s = {s:g} ({i} de {n}) …</translation>
    </message>
    <message>
        <source>The measure failed: {e}</source>
        <translation>A medição falhou: {e}</translation>
    </message>
</context>
<context>
    <name>RBMFiltersPanel</name>
    <message>
        <source>filters W (one per hidden unit)</source>
        <translation>filtros W (um por unidade oculta)</translation>
    </message>
    <message>
        <source>Each tile is one hidden unit&apos;s weights to the pixels: red pixels switch the unit on, blue ones switch it off.</source>
        <translation>Cada ladrilho são os pesos de uma unidade oculta para os pixels: os pixels vermelhos ativam a unidade, os azuis desativam-na.</translation>
    </message>
    <message>
        <source>{shown} of {n} units · colour scale ±{s:.2g}</source>
        <translation>{shown} de {n} unidades · escala de cor ±{s:.2g}</translation>
    </message>
    <message>
        <source>{n} units · colour scale ±{s:.2g}</source>
        <translation>{n} unidades · escala de cor ±{s:.2g}</translation>
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
        <translation>−ε̂ (em direção aos dados)</translation>
    </message>
    <message>
        <source>computing x_T …</source>
        <translation>calculando x_T …</translation>
    </message>
    <message>
        <source>x₀ reached</source>
        <translation>x₀ alcançado</translation>
    </message>
    <message>
        <source>step &lt;b&gt;{index}&lt;/b&gt; / {total} · {where} · {label}</source>
        <translation>passo &lt;b&gt;{index}&lt;/b&gt; / {total} · {where} · {label}</translation>
    </message>
    <message>
        <source>x₀ (final sample)</source>
        <translation>x₀ (amostra final)</translation>
    </message>
    <message>
        <source>std {std:.2f}</source>
        <translation>desvio {std:.2f}</translation>
    </message>
    <message>
        <source>computing ε̂ …</source>
        <translation>calculando ε̂ …</translation>
    </message>
    <message>
        <source>(no prediction after the last step)</source>
        <translation>(sem previsão após o último passo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — sample {i}, step {k} / {total}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — amostra {i}, passo {k} / {total}</translation>
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
        <translation>clique numa imagem para segui-la (selecionada: {i})</translation>
    </message>
    <message>
        <source>{label} · step {k}/{total} · </source>
        <translation>{label} · passo {k}/{total} · </translation>
    </message>
    <message>
        <source>energy distance to p_data &lt;b&gt;{energy_distance:.4f}&lt;/b&gt; (two real samples: {energy_distance_floor:.4f})</source>
        <translation>distância de energia a p_data &lt;b&gt;{energy_distance:.4f}&lt;/b&gt; (duas amostras reais: {energy_distance_floor:.4f})</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:rgb(220,30,30)&apos;&gt;●&lt;/span&gt; A off-support {share_off_support:.1%} · &lt;span style=&apos;color:rgb(170,60,230)&apos;&gt;●&lt;/span&gt; B memorised {share_memorised:.1%} · &lt;span style=&apos;color:rgb(20,200,90)&apos;&gt;●&lt;/span&gt; C plausible {share_plausible:.1%} (colours on the final particles)</source>
        <translation>&lt;span style=&apos;color:rgb(220,30,30)&apos;&gt;●&lt;/span&gt; A fora do suporte {share_off_support:.1%} · &lt;span style=&apos;color:rgb(170,60,230)&apos;&gt;●&lt;/span&gt; B memorizadas {share_memorised:.1%} · &lt;span style=&apos;color:rgb(20,200,90)&apos;&gt;●&lt;/span&gt; C plausíveis {share_plausible:.1%} (cores nas partículas finais)</translation>
    </message>
    <message>
        <source>Final samples ({final}): </source>
        <translation>Amostras finais ({final}): </translation>
    </message>
    <message>
        <source>could not score the samples: {e}</source>
        <translation>não foi possível pontuar as amostras: {e}</translation>
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
        <translation>ᾱ_t (sinal²)</translation>
    </message>
    <message>
        <source>√(1−ᾱ_t) (noise)</source>
        <translation>√(1−ᾱ_t) (ruído)</translation>
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
        <translation>&lt;b&gt;Amostras de {label}&lt;/b&gt; (1.000):&lt;br&gt;{off} &lt;small&gt;({support_rule})&lt;/small&gt;&lt;br&gt;{mem} &lt;small&gt;(mais perto de um ponto de treino do que 99 % dos pontos de treino estão do seu vizinho mais próximo)&lt;/small&gt;&lt;br&gt;{ok}</translation>
    </message>
    <message>
        <source>A off-support: {off:.1%}</source>
        <translation>A fora do suporte: {off:.1%}</translation>
    </message>
    <message>
        <source>B memorised: {mem:.1%}</source>
        <translation>B memorizadas: {mem:.1%}</translation>
    </message>
    <message>
        <source>C plausible: {ok:.1%}</source>
        <translation>C plausíveis: {ok:.1%}</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Density: the live-training curve (the models are saved)</source>
        <extracomment>what the view does not save (shown in the status bar when a session opens)</extracomment>
        <translation>Densidade: a curva do treino ao vivo (os modelos são salvos)</translation>
    </message>
    <message>
        <source>Step-through: the playback speed and the 2D trails / ε̂-field switches</source>
        <extracomment>what the view does not save (shown in the status bar when a session opens)</extracomment>
        <translation>Passo a passo: a velocidade de reprodução e as opções de rastros 2D / campo ε̂</translation>
    </message>
    <message>
        <source>Latent: the compare-with model, the interpolation path, the map axes and grid, an encoded image, the style-mixing and inversion settings</source>
        <extracomment>what the view does not save (shown in the status bar when a session opens)</extracomment>
        <translation>Latente: o modelo de comparação, o trajeto de interpolação, os eixos e a grade do mapa, uma imagem codificada, as definições de mistura de estilos e de inversão</translation>
    </message>
    <message>
        <source>Latent Explorer session (*.lexsession)</source>
        <translation>Sessão do Latent Explorer (*.lexsession)</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <extracomment>tests replace this to answer &quot;replace your drawing?&quot; without a modal loop</extracomment>
        <translation>&amp;Salvar sessão…</translation>
    </message>
    <message>
        <source>Save what every view shows (data, models, z, steps) in one .lexsession file</source>
        <translation>Salvar o que cada vista mostra (dados, modelos, z, passos) num único arquivo .lexsession</translation>
    </message>
    <message>
        <source>Open sess&amp;ion…</source>
        <translation>Abrir sess&amp;ão…</translation>
    </message>
    <message>
        <source>Reopen a saved session exactly as it was</source>
        <translation>Reabrir uma sessão salva exatamente como estava</translation>
    </message>
    <message>
        <source>Open &amp;recent session</source>
        <translation>Abrir sessão &amp;recente</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Salvar sessão</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>Não foi possível salvar a sessão</translation>
    </message>
    <message>
        <source>Saved the session to {written}</source>
        <translation>Sessão salva em {written}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sessão</translation>
    </message>
    <message>
        <source>{filter};;All files (*)</source>
        <translation>{filter};;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Opening the session {name} …</source>
        <translation>Abrindo a sessão {name} …</translation>
    </message>
    <message>
        <source>{path} could not be opened because of an unexpected error ({name}: {error}).</source>
        <translation>{path} não pôde ser aberto devido a um erro inesperado ({name}: {error}).</translation>
    </message>
    <message>
        <source>Could not open the session; nothing was changed.</source>
        <translation>Não foi possível abrir a sessão; nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Não foi possível abrir a sessão</translation>
    </message>
    <message>
        <source>Replace your drawing?</source>
        <translation>Substituir o seu desenho?</translation>
    </message>
    <message>
        <source>Session not opened; your drawing is unchanged.</source>
        <translation>Sessão não aberta; o seu desenho não foi alterado.</translation>
    </message>
    <message>
        <source>Could not show the session.</source>
        <translation>Não foi possível mostrar a sessão.</translation>
    </message>
    <message>
        <source>Could not show the session</source>
        <translation>Não foi possível mostrar a sessão</translation>
    </message>
    <message>
        <source>{path} was read but could not be shown because of an unexpected error ({name}: {e}).</source>
        <translation>{path} foi lido mas não pôde ser mostrado devido a um erro inesperado ({name}: {e}).</translation>
    </message>
    <message>
        <source>Opened the session {name}.</source>
        <translation>Sessão {name} aberta.</translation>
    </message>
    <message>
        <source> Not restored: </source>
        <translation> Não restaurado: </translation>
    </message>
    <message>
        <source> Note: </source>
        <translation> Nota: </translation>
    </message>
    <message>
        <source>Removed from the recent sessions (the files are gone): </source>
        <translation>Removidas das sessões recentes (os arquivos já não existem): </translation>
    </message>
</context>
<context>
    <name>SliderRow</name>
    <message>
        <source>reset {symbol}{j} to {centre:+.2f}</source>
        <translation>repor {symbol}{j} em {centre:+.2f}</translation>
    </message>
    <message>
        <source> (the prior mean)</source>
        <translation> (a média da prior)</translation>
    </message>
    <message>
        <source> (the mean of the training codes)</source>
        <translation> (a média dos códigos de treino)</translation>
    </message>
    <message>
        <source>{tip}; slider: {lo:+.2f} … {hi:+.2f}</source>
        <translation>{tip}; controle: {lo:+.2f} … {hi:+.2f}</translation>
    </message>
</context>
<context>
    <name>SolverParityDialog</name>
    <message>
        <source>Quality against steps — {model}</source>
        <extracomment>one colour per sampler (DDIM&apos;s other step counts included)</extracomment>
        <translation>Qualidade conforme o número de passos — {model}</translation>
    </message>
    <message>
        <source>Quality against steps</source>
        <translation>Qualidade conforme o número de passos</translation>
    </message>
    <message>
        <source>Every sampler from the same x_T, {n} samples each, scored by the shipped digit classifier. Dashed: DDIM-50; shaded: no worse than it (at most {pts:g} point fewer confident digits, a Fréchet distance at most {pct:g} % higher). Ringed: the view&apos;s default.</source>
        <translation>Cada amostrador a partir do mesmo x_T, {n} amostras cada, pontuadas pelo classificador de dígitos incluído. Tracejado: DDIM-50; sombreado: não pior que ele (no máximo {pts:g} ponto a menos de dígitos confiantes, uma distância de Fréchet no máximo {pct:g} % maior). Com anel: o padrão da vista.</translation>
    </message>
    <message>
        <source>confident ≥ 0.9 (%)</source>
        <translation>confiantes ≥ 0.9 (%)</translation>
    </message>
    <message>
        <source>Fréchet distance (lower is better)</source>
        <translation>distância de Fréchet (menor é melhor)</translation>
    </message>
    <message>
        <source>steps (network evaluations)</source>
        <translation>passos (avaliações da rede)</translation>
    </message>
    <message>
        <source>default: {sampler}, {steps} steps</source>
        <translation>padrão: {sampler}, {steps} passos</translation>
    </message>
    <message>
        <source> ({ratio:.2f} × DDIM-50&apos;s time)</source>
        <translation> ({ratio:.2f} × o tempo do DDIM-50)</translation>
    </message>
    <message>
        <source>on these {n} samples the fewest steps inside the band: {sampler}, {steps}</source>
        <translation>nestas {n} amostras, o menor número de passos dentro da faixa: {sampler}, {steps}</translation>
    </message>
    <message>
        <source>measured {when} on {cpu}</source>
        <translation>medido em {when} em {cpu}</translation>
    </message>
</context>
<context>
    <name>SpaceSwitch</name>
    <message>
        <source>sliders over</source>
        <translation>controles sobre</translation>
    </message>
    <message>
        <source>z — the input noise</source>
        <translation>z — o ruído de entrada</translation>
    </message>
    <message>
        <source>w — after the mapping network</source>
        <translation>w — após a rede de mapeamento</translation>
    </message>
    <message>
        <source>z ~ N(0, I) is what the generator is fed; w = f(z) is what its layers are styled by. Single w coordinates tend to follow single factors of the digits more closely than z&apos;s</source>
        <translation>z ~ N(0, I) é o que o gerador recebe; w = f(z) é o que dá estilo às suas camadas. Coordenadas isoladas de w tendem a seguir fatores isolados dos dígitos mais de perto do que as de z</translation>
    </message>
</context>
<context>
    <name>StepThroughView</name>
    <message>
        <source>Sampler</source>
        <extracomment>a panel kind a model declares (``step_panel_kinds``) → its colour map and levels; panels of no listed kind are grey images in [0, 1] panels per row: more go on the next row (a latent DDPM&apos;s row and the pixel DDPM&apos;s)</extracomment>
        <translation>Amostrador</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semente</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamanho do lote</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Voltar</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>Passo ▶</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Run to end</source>
        <translation>Executar até o fim</translation>
    </message>
    <message>
        <source>Receptive field of one output</source>
        <translation>Campo receptivo de uma saída</translation>
    </message>
    <message>
        <source>row</source>
        <translation>linha</translation>
    </message>
    <message>
        <source>column</source>
        <translation>coluna</translation>
    </message>
    <message>
        <source>|∂ logit / ∂ input|</source>
        <translation>|∂ logit / ∂ entrada|</translation>
    </message>
    <message>
        <source>sampling failed: {name}: {error}</source>
        <translation>a amostragem falhou: {name}: {error}</translation>
    </message>
    <message>
        <source>computing …</source>
        <translation>calculando …</translation>
    </message>
    <message>
        <source>{secs:.1f} ms per step</source>
        <translation>{secs:.1f} ms por passo</translation>
    </message>
    <message>
        <source>step {index} of {total} shown · {frames} computed · {per}</source>
        <translation>passo {index} de {total} mostrado · {frames} calculados · {per}</translation>
    </message>
    <message>
        <source>step {index} of {total}: {caption}</source>
        <translation>passo {index} de {total}: {caption}</translation>
    </message>
    <message>
        <source>output ({r}, {c}) (blank); zero = cannot see</source>
        <translation>saída ({r}, {c}) (em branco); zero = não consegue ver</translation>
    </message>
</context>
<context>
    <name>StyleMixPanel</name>
    <message>
        <source>seed A</source>
        <translation>semente A</translation>
    </message>
    <message>
        <source>seed B</source>
        <translation>semente B</translation>
    </message>
    <message>
        <source>A = the sliders&apos; z</source>
        <translation>A = o z dos controles</translation>
    </message>
    <message>
        <source>take source A from the sliders: drag them and watch which features the coarse styles carry</source>
        <translation>tomar a fonte A dos controles deslizantes: arraste-os e veja que traços os estilos grossos carregam</translation>
    </message>
    <message>
        <source>crossover</source>
        <translation>cruzamento</translation>
    </message>
    <message>
        <source>styles before this layer come from A (coarse: shape, pose, thickness), the rest from B (fine: stroke detail)</source>
        <translation>os estilos antes desta camada vêm de A (grossos: forma, pose, espessura), o resto de B (finos: detalhe do traço)</translation>
    </message>
    <message>
        <source>mix</source>
        <translation>mistura</translation>
    </message>
    <message>
        <source>every crossover: all B (left) … all A (right)</source>
        <translation>cada cruzamento: tudo B (esquerda) … tudo A (direita)</translation>
    </message>
    <message>
        <source> (up to the {c}×{c} layers)</source>
        <translation> (até as camadas de {c}×{c})</translation>
    </message>
    <message>
        <source>all styles from &lt;b&gt;B&lt;/b&gt;: the mix is B</source>
        <translation>todos os estilos de &lt;b&gt;B&lt;/b&gt;: a mistura é B</translation>
    </message>
    <message>
        <source>all styles from &lt;b&gt;A&lt;/b&gt;: the mix is A</source>
        <translation>todos os estilos de &lt;b&gt;A&lt;/b&gt;: a mistura é A</translation>
    </message>
    <message>
        <source>styles 0–{c} from &lt;b&gt;A&lt;/b&gt;{where}, styles {c2}–{n} from &lt;b&gt;B&lt;/b&gt;: coarse layers set shape and pose, fine ones the strokes</source>
        <translation>estilos 0–{c} de &lt;b&gt;A&lt;/b&gt;{where}, estilos {c2}–{n} de &lt;b&gt;B&lt;/b&gt;: as camadas grossas definem a forma e a pose, as finas os traços</translation>
    </message>
</context>
<context>
    <name>TestSetPanel</name>
    <message>
        <source>an unexpected error ({name}: {result})</source>
        <translation>um erro inesperado ({name}: {result})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Could not open the second model</source>
        <translation>Não foi possível abrir o segundo modelo</translation>
    </message>
    <message>
        <source>{family}, same z</source>
        <translation>{family}, mesmo z</translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <source>◀ Back</source>
        <extracomment>settings keys: the folder of the tour last shown and its stop the panel&apos;s width beside the views (where the window is wide enough), its height under them (a 1280 × 800 window: the views need ~1,080 pixels of width, not all 800 of height) the width of the title-and-buttons column when the panel lies under the views</extracomment>
        <translation>◀ Voltar</translation>
    </message>
    <message>
        <source>The previous stop (opens its session)</source>
        <translation>A parada anterior (abre a sessão dela)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <source>The next stop (opens its session)</source>
        <translation>A próxima parada (abre a sessão dela)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Hide the tour; Help → Tour brings it back at this stop</source>
        <translation>Oculta o tour; Ajuda → Tour guiado o traz de volta nesta parada</translation>
    </message>
    <message>
        <source>No tour open</source>
        <translation>Nenhum tour aberto</translation>
    </message>
    <message>
        <source>Help → Tour opens the guided tour of the chapter; Help → Open tour… opens a folder of your own (tour.toml and its .lexsession files).</source>
        <translation>Ajuda → Tour guiado abre o tour guiado do capítulo; Ajuda → Abrir tour… abre uma pasta sua (tour.toml e seus arquivos .lexsession).</translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation>Parada {0} de {1}</translation>
    </message>
    <message>
        <source>Opening this stop&apos;s session ({0})…</source>
        <translation>Abrindo a sessão desta parada ({0})…</translation>
    </message>
    <message>
        <source>Opening the tour&apos;s stop {0} …</source>
        <translation>Abrindo a parada {0} do tour…</translation>
    </message>
    <message>
        <source>Stop {0} could not be shown: {1}</source>
        <translation>Não foi possível mostrar a parada {0}: {1}</translation>
    </message>
    <message>
        <source>Stop {0} was not opened; your drawing is unchanged.</source>
        <translation>A parada {0} não foi aberta; seu desenho não mudou.</translation>
    </message>
    <message>
        <source>an unexpected error ({0}: {1})</source>
        <translation>um erro inesperado ({0}: {1})</translation>
    </message>
    <message>
        <source>Could not open the tour&apos;s stop; nothing was changed.</source>
        <translation>Não foi possível abrir a parada do tour; nada foi alterado.</translation>
    </message>
    <message>
        <source>Stop {0}&apos;s session {1} could not be opened, so the app shows what it showed before. {2}</source>
        <translation>Não foi possível abrir a sessão {1} da parada {0}, então o app mostra o que mostrava antes. {2}</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source> The tour that was open stays.</source>
        <translation> O tour que estava aberto continua.</translation>
    </message>
    <message>
        <source>Could not open the tour: {0}{1}</source>
        <translation>Não foi possível abrir o tour: {0}{1}</translation>
    </message>
    <message>
        <source>Open a tour folder</source>
        <translation>Abrir uma pasta de tour</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Tour guiado</translation>
    </message>
    <message>
        <source>A guided tour of the chapter: each stop opens a session and explains what it shows</source>
        <translation>Um tour guiado pelo capítulo: cada parada abre uma sessão e explica o que ela mostra</translation>
    </message>
    <message>
        <source>Open t&amp;our…</source>
        <translation>Abrir t&amp;our…</translation>
    </message>
    <message>
        <source>Open your own tour: a folder with tour.toml and the sessions it names</source>
        <translation>Abra seu próprio tour: uma pasta com tour.toml e as sessões que ele cita</translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <source>your images (folder / .npz / IDX)…</source>
        <translation>as suas imagens (pasta / .npz / IDX)…</translation>
    </message>
    <message>
        <source>your points (CSV)…</source>
        <translation>os seus pontos (CSV)…</translation>
    </message>
    <message>
        <source>Train a {kind} model</source>
        <translation>Treinar um modelo {kind}</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dados</translation>
    </message>
    <message>
        <source>DCGAN (transposed convolutions)</source>
        <translation>DCGAN (convoluções transpostas)</translation>
    </message>
    <message>
        <source>style-based (mapping network, modulated convolutions)</source>
        <translation>baseada em estilos (rede de mapeamento, convoluções moduladas)</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>gerador</translation>
    </message>
    <message>
        <source>training steps</source>
        <translation>passos de treino</translation>
    </message>
    <message>
        <source>gated (no blind spot)</source>
        <translation>com portas (sem ponto cego)</translation>
    </message>
    <message>
        <source>plain masked (has the blind spot)</source>
        <translation>mascarada simples (tem o ponto cego)</translation>
    </message>
    <message>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <source>persistent contrastive divergence (PCD)</source>
        <translation>divergência contrastiva persistente (PCD)</translation>
    </message>
    <message>
        <source>CD-1 (chains restarted at the data)</source>
        <translation>CD-1 (cadeias reiniciadas nos dados)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>treino</translation>
    </message>
    <message>
        <source>hidden units: log Z is exact up to 20, by AIS above</source>
        <translation>unidades ocultas: log Z é exato até 20, por AIS acima disso</translation>
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
        <translation>família</translation>
    </message>
    <message>
        <source>latent dimensions</source>
        <translation>dimensões latentes</translation>
    </message>
    <message>
        <source>most epochs</source>
        <translation>máximo de épocas</translation>
    </message>
    <message>
        <source>resume from the last checkpoint of this output</source>
        <translation>retomar do último ponto de controle desta saída</translation>
    </message>
    <message>
        <source>more options, e.g. --lr 0.001 (see python -m training {kind} --help)</source>
        <translation>mais opções, p. ex. --lr 0.001 (ver python -m training {kind} --help)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>save to</source>
        <translation>salvar em</translation>
    </message>
    <message>
        <source>Choose the recipe and press Start.</source>
        <translation>Escolha a receita e clique em Iniciar.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>Cancelar o treino</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Pasta de imagens</translation>
    </message>
    <message>
        <source>CSV of 2D points</source>
        <translation>CSV de pontos 2D</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the model in (a new folder inside)</source>
        <translation>Salvar o modelo em (uma pasta nova dentro)</translation>
    </message>
    <message>
        <source>(the options cannot be parsed: {e})</source>
        <translation>(não é possível interpretar as opções: {e})</translation>
    </message>
    <message>
        <source>The options cannot be parsed: {e}</source>
        <translation>Não é possível interpretar as opções: {e}</translation>
    </message>
    <message>
        <source>Choose your data first (the data list&apos;s last entries).</source>
        <translation>Escolha primeiro os seus dados (as últimas entradas da lista de dados).</translation>
    </message>
    <message>
        <source>Training in a separate process…</source>
        <translation>Treinando num processo separado…</translation>
    </message>
    <message>
        <source>Saved; computing the quality figures…</source>
        <translation>Salvo; calculando os números de qualidade…</translation>
    </message>
    <message>
        <source>{epoch} {x} / {total} · loss {loss:.4g}</source>
        <translation>{epoch} {x} / {total} · perda {loss:.4g}</translation>
    </message>
    <message>
        <source>step</source>
        <translation>passo</translation>
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
        <translation>Não foi possível iniciar {executable}.</translation>
    </message>
    <message>
        <source> The last checkpoint is kept: tick ‘resume’ and Start to continue.</source>
        <translation> O último ponto de controle é mantido: marque «retomar» e clique em Iniciar para continuar.</translation>
    </message>
    <message>
        <source> No checkpoint had been written yet.</source>
        <translation> Nenhum ponto de controle tinha sido gravado ainda.</translation>
    </message>
    <message>
        <source>Training cancelled; no model was saved.</source>
        <translation>Treino cancelado; nenhum modelo foi salvo.</translation>
    </message>
    <message>
        <source>Done: {result_path}</source>
        <translation>Concluído: {result_path}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>código de saída {code}</translation>
    </message>
    <message>
        <source>Training failed: {why}</source>
        <translation>O treino falhou: {why}</translation>
    </message>
</context>
<context>
    <name>TrainingCurve</name>
    <message>
        <source>Training curve (NLL, nats per point)</source>
        <translation>Curva de treino (NLL, nats por ponto)</translation>
    </message>
    <message>
        <source>no training yet — fit a family trained step by step
(GMM, flow, autoregressive) to see its NLL per step</source>
        <translation>ainda sem treino — ajuste uma família
treinada passo a passo (GMM, fluxo,
autorregressivo) para ver a sua NLL por passo</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pausar</translation>
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
        <translation>&lt;br&gt;&lt;i&gt;as primeiras {n} de {dim} dimensões&lt;/i&gt;</translation>
    </message>
    <message>
        <source>rows, top to bottom:&lt;br&gt;</source>
        <translation>linhas, de cima para baixo:&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>VisibleGrid</name>
    <message>
        <source>Could not evaluate the grid: {e}</source>
        <translation>Não foi possível avaliar a grade: {e}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>no shipped {short} for {data}; tick ‘train families without a shipped model’ or fit it with Fit</source>
        <extracomment>the sample figures added to every compared entry&apos;s metrics</extracomment>
        <translation>nenhum {short} incluído para {data}; marque ‘treinar famílias sem modelo incluído’ ou ajuste-o com Ajustar</translation>
    </message>
    <message>
        <source>your own points</source>
        <translation>seus próprios pontos</translation>
    </message>
    <message>
        <source>no shipped 2D DDPM for {data} (train one: python -m training train diffusion --data …)</source>
        <translation>nenhum DDPM 2D incluído para {data} (treine um: python -m training train diffusion --data …)</translation>
    </message>
    <message>
        <source>could not fit: {e}</source>
        <translation>não foi possível ajustar: {e}</translation>
    </message>
    <message>
        <source>could not train: {e}</source>
        <translation>não foi possível treinar: {e}</translation>
    </message>
    <message>
        <source>could not load: {e}</source>
        <translation>não foi possível carregar: {e}</translation>
    </message>
    <message>
        <source>fitted here</source>
        <translation>ajustado aqui</translation>
    </message>
    <message>
        <source>trained here</source>
        <translation>treinado aqui</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>incluído</translation>
    </message>
</context>
<context>
    <name>density</name>
    <message>
        <source>{pts} points you drew or imported (80 % train, 20 % held out)</source>
        <extracomment>points per split for generated data sets in the app (the shipped cards use more) the world cities&apos; population thresholds the app offers</extracomment>
        <translation>{pts} pontos que você desenhou ou importou (80 % treino, 20 % reservados)</translation>
    </message>
</context>
<context>
    <name>density_extras</name>
    <message>
        <source>at least two classes with 5 or more training points each are needed</source>
        <translation>são necessárias pelo menos duas classes com 5 ou mais pontos de treino cada</translation>
    </message>
</context>
<context>
    <name>density_panels</name>
    <message>
        <source>{value!r} is not one of the choices</source>
        <extracomment>bounds of a spin box whose hyperparameter declares none</extracomment>
        <translation>{value!r} não é uma das opções</translation>
    </message>
</context>
<context>
    <name>fitting</name>
    <message>
        <source>in the sea (land mask)</source>
        <extracomment>optimisation steps between two snapshots of live training (an EM trainer reports every iteration whatever this says)</extracomment>
        <translation>no mar (máscara de terra)</translation>
    </message>
    <message>
        <source>where the true p_data is below the density of 99 % of real data</source>
        <translation>onde a p_data verdadeira está abaixo da densidade de 99 % dos dados reais</translation>
    </message>
    <message>
        <source>where a KDE of p_data is below the density of 99 % of held-out data</source>
        <translation>onde uma KDE de p_data está abaixo da densidade de 99 % dos dados reservados</translation>
    </message>
    <message>
        <source>at least 2 training points are needed to fit a model</source>
        <translation>são necessários pelo menos 2 pontos de treino para ajustar um modelo</translation>
    </message>
    <message>
        <source>opened from a file</source>
        <extracomment>units per chunk: one progress report of the trainer</extracomment>
        <translation>aberto a partir de um arquivo</translation>
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
        <translation>não medido para este modelo</translation>
    </message>
    <message>
        <source>no likelihood figure for this model</source>
        <translation>sem número de verossimilhança para este modelo</translation>
    </message>
    <message>
        <source>bits per dimension are given for probabilities of binary images only; this figure is </source>
        <translation>os bits por dimensão são dados só para probabilidades de imagens binárias; este número é </translation>
    </message>
    <message>
        <source>of another kind</source>
        <translation>de outro tipo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>the card records no training time</source>
        <translation>a ficha não registra o tempo de treino</translation>
    </message>
</context>
<context>
    <name>latent_data</name>
    <message>
        <source>a GAN has no encoder: it cannot place an image in z</source>
        <extracomment>the shipped shapes models were trained on this many shapes (the test set is a fifth) images kept for the map and the browser (a seeded mix of classes) a data folder with more entries than this is not an image data set why a decoder without an encoder (a GAN) has no encode panel and no test-set map</extracomment>
        <translation>uma GAN não tem codificador: não pode situar uma imagem em z</translation>
    </message>
    <message>
        <source>shapes are square; this model takes {image_shape} images</source>
        <translation>as formas são quadradas; este modelo recebe imagens de {image_shape}</translation>
    </message>
    <message>
        <source>the card&apos;s n_train = {n:,} is more than the shipped {shapes_n_max:,}; the test set was made as for {shapes_n_max:,} training shapes</source>
        <translation>o n_train = {n:,} da ficha é maior que o {shapes_n_max:,} incluído; o conjunto de teste foi feito como para {shapes_n_max:,} formas de treino</translation>
    </message>
    <message>
        <source>the card&apos;s n_train = {n} is not a size; the shipped {shapes_n_max:,} was used</source>
        <translation>o n_train = {n} da ficha não é um tamanho; foi usado o {shapes_n_max:,} incluído</translation>
    </message>
    <message>
        <source>{path} holds more than {max_folder_entries:,} files and folders; it does not look like an image data set</source>
        <translation>{path} contém mais de {max_folder_entries:,} arquivos e pastas; não parece um conjunto de imagens</translation>
    </message>
    <message>
        <source>the card does not say what data the model was trained on</source>
        <translation>a ficha não diz com que dados o modelo foi treinado</translation>
    </message>
    <message>
        <source>the model&apos;s images ({path}) are no longer there</source>
        <translation>as imagens do modelo ({path}) já não estão lá</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a data set this app can make</source>
        <translation>&apos;{name}&apos; não é um conjunto de dados que este aplicativo consiga criar</translation>
    </message>
    <message>
        <source>the data set&apos;s images are {shape}, the model takes {image_shape}</source>
        <translation>as imagens do conjunto de dados são {shape}, o modelo recebe {image_shape}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>{name} is the classifier that scores generated digits; it has no view of its own (its scores are in the diffusion models&apos; cards).</source>
        <translation>{name} é o classificador que pontua os dígitos gerados; não tem vista própria (as suas pontuações estão nas fichas dos modelos de difusão).</translation>
    </message>
    <message>
        <source>{name} holds a &apos;{kind}&apos; model, which no view shows.</source>
        <translation>{name} contém um modelo &apos;{kind}&apos;, que nenhuma vista mostra.</translation>
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
        <translation>&lt;h3&gt;Dados&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Training&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Treino&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;loss curve: {loss_curve} points, from {first} to {last} ([step or epoch, train, validation])&lt;/p&gt;</source>
        <translation>&lt;p&gt;curva de perda: {loss_curve} pontos, de {first} a {last} ([passo ou época, treino, validação])&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Metrics&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Métricas&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Architecture (config)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Arquitetura (configuração)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ground-truth factors → best {space} dimension&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Fatores reais → melhor dimensão de {space}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{method}; the probe on real test images: {probe}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{method}; a sonda em imagens de teste reais: {probe}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Made by&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Criado por&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>stepthrough</name>
    <message>
        <source>&lt;br&gt;test NLL {test_nll_nats:.1f} nats</source>
        <translation>&lt;br&gt;NLL de teste {test_nll_nats:.1f} nats</translation>
    </message>
    <message>
        <source> ({test_bits_per_dim:.3f} bits/dim)</source>
        <translation> ({test_bits_per_dim:.3f} bits/dim)</translation>
    </message>
    <message>
        <source>&lt;br&gt;test log-likelihood {test_ll_nats:.1f} nats per image ({estimate})</source>
        <translation>&lt;br&gt;log-verossimilhança de teste {test_ll_nats:.1f} nats por imagem ({estimate})</translation>
    </message>
    <message>
        <source>exact log Z</source>
        <translation>log Z exato</translation>
    </message>
    <message>
        <source>log Z by AIS, an estimate</source>
        <translation>log Z por AIS, uma estimativa</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Box (uniform, MLE)</source>
        <translation>Caixa (uniforme, MLE)</translation>
    </message>
    <message>
        <source>No hyperparameters: the MLE is the bounding box.</source>
        <translation>Sem hiperparâmetros: o MLE é a caixa envolvente.</translation>
    </message>
    <message>
        <source>Gaussian (full covariance)</source>
        <translation>Gaussiana (covariância completa)</translation>
    </message>
    <message>
        <source>No hyperparameters: mean and covariance by MLE.</source>
        <translation>Sem hiperparâmetros: média e covariância por MLE.</translation>
    </message>
    <message>
        <source>Factorised (product of marginals)</source>
        <translation>Fatorada (produto das marginais)</translation>
    </message>
    <message>
        <source>1D KDEs of each coordinate, multiplied.</source>
        <translation>KDE 1D de cada coordenada, multiplicadas.</translation>
    </message>
    <message>
        <source>Gaussian mixture (EM)</source>
        <translation>Mistura de gaussianas (EM)</translation>
    </message>
    <message>
        <source>EM from a k-means start; each step is one E+M iteration.</source>
        <translation>EM a partir de um início k-means; cada passo é uma iteração E+M.</translation>
    </message>
    <message>
        <source>components K</source>
        <translation>componentes K</translation>
    </message>
    <message>
        <source>mixture components</source>
        <translation>componentes da mistura</translation>
    </message>
    <message>
        <source>KDE</source>
        <translation>KDE</translation>
    </message>
    <message>
        <source>A Gaussian kernel on every training point.</source>
        <translation>Um núcleo gaussiano em cada ponto de treino.</translation>
    </message>
    <message>
        <source>bandwidth</source>
        <translation>largura de banda</translation>
    </message>
    <message>
        <source>kernel width: scott (Scott&apos;s rule), cv (the factor of Scott&apos;s rule with the best validation likelihood) or a positive factor times Scott&apos;s rule</source>
        <translation>largura do núcleo: scott (regra de Scott), cv (o fator da regra de Scott com a melhor verossimilhança de validação) ou um fator positivo vezes a regra de Scott</translation>
    </message>
    <message>
        <source>Scott&apos;s rule of thumb</source>
        <translation>regra prática de Scott</translation>
    </message>
    <message>
        <source>best held-out likelihood</source>
        <translation>melhor ajuste aos reservados</translation>
    </message>
    <message>
        <source>Normalizing flow</source>
        <translation>Fluxo normalizador</translation>
    </message>
    <message>
        <source>Rational-quadratic spline couplings trained by Adam on the NLL.</source>
        <translation>Acoplamentos de splines racionais quadráticos treinados pelo Adam sobre a NLL.</translation>
    </message>
    <message>
        <source>training steps</source>
        <translation>passos de treino</translation>
    </message>
    <message>
        <source>optimisation steps</source>
        <translation>passos de otimização</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamanho do lote</translation>
    </message>
    <message>
        <source>mini-batch size</source>
        <translation>tamanho do minilote</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taxa de aprendizado</translation>
    </message>
    <message>
        <source>peak Adam learning rate (cosine decay to 0)</source>
        <translation>taxa de aprendizado máxima do Adam (decaimento cosseno até 0)</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>decaimento de pesos</translation>
    </message>
    <message>
        <source>Adam weight decay</source>
        <translation>decaimento de pesos do Adam</translation>
    </message>
    <message>
        <source>coupling layers</source>
        <translation>camadas de acoplamento</translation>
    </message>
    <message>
        <source>spline bins</source>
        <translation>intervalos do spline</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>unidades ocultas</translation>
    </message>
    <message>
        <source>conditioner width</source>
        <translation>largura do condicionador</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>novos</translation>
    </message>
    <message>
        <source>draw a fresh mini-batch from the generator each step (--no-fresh: mini-batches of the fixed training split; data without a generator always use the split)</source>
        <translation>extrair um minilote novo do gerador a cada passo (--no-fresh: minilotes da partição de treino fixa; dados sem gerador usam sempre a partição)</translation>
    </message>
    <message>
        <source>Autoregressive p(x₁) p(x₂ | x₁)</source>
        <translation>Autorregressivo p(x₁) p(x₂ | x₁)</translation>
    </message>
    <message>
        <source>A categorical over the x₁ bins times an MLP&apos;s categorical over the x₂ bins, on a d × d grid of the data&apos;s box; uniform within a cell, 0 outside the box.</source>
        <translation>Uma categórica sobre os intervalos de x₁ vezes a categórica de um MLP sobre os intervalos de x₂, numa grade d × d da caixa dos dados; uniforme dentro de cada célula, 0 fora da caixa.</translation>
    </message>
    <message>
        <source>grid cells d</source>
        <translation>células d</translation>
    </message>
    <message>
        <source>grid cells per axis d (a d × d grid)</source>
        <translation>células da grade por eixo d (uma grade d × d)</translation>
    </message>
    <message>
        <source>width of the MLP of p(x₂ | x₁)</source>
        <translation>largura do MLP de p(x₂ | x₁)</translation>
    </message>
    <message>
        <source>GAN (generator vs discriminator)</source>
        <translation>GAN (gerador vs discriminador)</translation>
    </message>
    <message>
        <source>A generator MLP turns noise into points; a discriminator MLP learns to tell them from the data, and the generator learns to fool it. No likelihood: the heatmap is a density estimate of its samples; judge it by the sample figures.</source>
        <translation>Um MLP gerador transforma ruído em pontos; um MLP discriminador aprende a distingui-los dos dados, e o gerador aprende a enganá-lo. Sem verossimilhança: o mapa de calor é uma estimativa da densidade das suas amostras; julgue-o pelos números das amostras.</translation>
    </message>
    <message>
        <source>noise dimension</source>
        <translation>dimensão do ruído</translation>
    </message>
    <message>
        <source>dimension q of the noise z (1: G draws a curve)</source>
        <translation>dimensão q do ruído z (1: G desenha uma curva)</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruído</translation>
    </message>
    <message>
        <source>distribution of the noise z</source>
        <translation>distribuição do ruído z</translation>
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
        <translation>profundidade de G</translation>
    </message>
    <message>
        <source>hidden layers of the generator</source>
        <translation>camadas ocultas do gerador</translation>
    </message>
    <message>
        <source>G width</source>
        <translation>largura de G</translation>
    </message>
    <message>
        <source>units per hidden layer of the generator</source>
        <translation>unidades por camada oculta do gerador</translation>
    </message>
    <message>
        <source>D depth</source>
        <translation>profundidade de D</translation>
    </message>
    <message>
        <source>hidden layers of the discriminator</source>
        <translation>camadas ocultas do discriminador</translation>
    </message>
    <message>
        <source>D width</source>
        <translation>largura de D</translation>
    </message>
    <message>
        <source>units per hidden layer of the discriminator</source>
        <translation>unidades por camada oculta do discriminador</translation>
    </message>
    <message>
        <source>spectral norm on D</source>
        <translation>norma espectral em D</translation>
    </message>
    <message>
        <source>spectral normalisation of every layer of D</source>
        <translation>normalização espectral de cada camada de D</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <source>the game&apos;s loss</source>
        <translation>a perda do jogo</translation>
    </message>
    <message>
        <source>non-saturating log loss</source>
        <translation>perda logarítmica não saturante</translation>
    </message>
    <message>
        <source>least squares (LSGAN)</source>
        <translation>mínimos quadrados (LSGAN)</translation>
    </message>
    <message>
        <source>training steps (each: k D updates, then one G update)</source>
        <translation>passos de treino (cada um: k atualizações de D, depois uma de G)</translation>
    </message>
    <message>
        <source>mini-batch size (real and generated)</source>
        <translation>tamanho do minilote (real e gerado)</translation>
    </message>
    <message>
        <source>lr G</source>
        <translation>lr G</translation>
    </message>
    <message>
        <source>generator&apos;s Adam learning rate (cosine decay to 10 %)</source>
        <translation>taxa de aprendizado do Adam do gerador (decaimento cosseno até 10 %)</translation>
    </message>
    <message>
        <source>lr D</source>
        <translation>lr D</translation>
    </message>
    <message>
        <source>discriminator&apos;s Adam learning rate (cosine decay to 10 %)</source>
        <translation>taxa de aprendizado do Adam do discriminador (decaimento cosseno até 10 %)</translation>
    </message>
    <message>
        <source>D steps per G step k</source>
        <translation>passos de D por passo de G k</translation>
    </message>
    <message>
        <source>discriminator updates per generator update (k)</source>
        <translation>atualizações do discriminador por atualização do gerador (k)</translation>
    </message>
    <message>
        <source>label smoothing s</source>
        <translation>suavização de rótulos s</translation>
    </message>
    <message>
        <source>one-sided label smoothing: real label 1 − s</source>
        <translation>suavização de rótulos unilateral: rótulo real 1 − s</translation>
    </message>
    <message>
        <source>R1 penalty γ</source>
        <translation>penalidade R1 γ</translation>
    </message>
    <message>
        <source>R1 gradient penalty γ on real points (0: off)</source>
        <translation>penalidade de gradiente R1 γ nos pontos reais (0: desligada)</translation>
    </message>
    <message>
        <source>instance noise σ</source>
        <translation>ruído de instância σ</translation>
    </message>
    <message>
        <source>instance noise σ (standardised units), annealed linearly to 0 at the last step (0: off)</source>
        <translation>ruído de instância σ (unidades padronizadas), reduzido linearmente até 0 no último passo (0: desligado)</translation>
    </message>
    <message>
        <source>real batches fresh from the data&apos;s generator each step (--no-fresh: the fixed training split)</source>
        <translation>lotes reais novos do gerador dos dados a cada passo (--no-fresh: a partição de treino fixa)</translation>
    </message>
    <message>
        <source>LDA (Gaussian per class, shared Σ)</source>
        <translation>LDA (gaussiana por classe, Σ compartilhada)</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>regressão logística</translation>
    </message>
    <message>
        <source>QDA (Gaussian per class)</source>
        <translation>QDA (gaussiana por classe)</translation>
    </message>
    <message>
        <source>logistic regression, quadratic features</source>
        <translation>regressão logística, atributos quadráticos</translation>
    </message>
    <message>
        <source>KDE per class</source>
        <translation>KDE por classe</translation>
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
        <translation>regressão logística em x, x²</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>n/a: intractable</source>
        <translation>n/d: intratável</translation>
    </message>
    <message>
        <source>no tractable likelihood: the heatmap is a kernel density estimate of the model&apos;s samples, not its log-likelihood</source>
        <translation>sem verossimilhança tratável: o mapa de calor é uma estimativa de densidade por kernel das amostras do modelo, não sua log-verossimilhança</translation>
    </message>
    <message>
        <source>n/a: implicit</source>
        <translation>n/d: implícito</translation>
    </message>
    <message>
        <source>not available — implicit model: a GAN only draws samples; the heatmap is a kernel density estimate of its samples</source>
        <translation>não disponível — modelo implícito: uma GAN só gera amostras; o mapa de calor é uma estimativa de densidade por kernel das suas amostras</translation>
    </message>
    <message>
        <source>eight Gaussians on a circle of radius 2.83, std 0.35</source>
        <translation>oito gaussianas num círculo de raio 2.83, desvio-padrão 0.35</translation>
    </message>
    <message>
        <source>a 5×5 grid of Gaussians, centres −3 … 3 every 1.5, std 0.1</source>
        <translation>uma grade 5×5 de gaussianas, centros −3 … 3 a cada 1.5, desvio-padrão 0.1</translation>
    </message>
    <message>
        <source>uniform on the black squares of a 4×4 board of side 8</source>
        <translation>uniforme nas casas pretas de um tabuleiro 4×4 de lado 8</translation>
    </message>
    <message>
        <source>two interleaved half circles, noise 0.2</source>
        <translation>dois semicírculos entrelaçados, ruído 0.2</translation>
    </message>
    <message>
        <source>two concentric circles, radii 3 and 1.5</source>
        <translation>dois círculos concêntricos, raios 3 e 1.5</translation>
    </message>
    <message>
        <source>four concentric rings, radii 3, 2.25, 1.5, 0.75</source>
        <translation>quatro anéis concêntricos, raios 3, 2.25, 1.5, 0.75</translation>
    </message>
    <message>
        <source>two interleaved spirals</source>
        <translation>duas espirais entrelaçadas</translation>
    </message>
    <message>
        <source>a 2D swiss roll (x, z of sklearn&apos;s), noise 0.2</source>
        <translation>um rocambole 2D (x, z do de sklearn), ruído 0.2</translation>
    </message>
    <message>
        <source>five curved blades</source>
        <translation>cinco pás curvas</translation>
    </message>
    <message>
        <source>{n} cities with more than {population} people (lon, lat in degrees)</source>
        <translation>{n} cidades com mais de {population} habitantes (lon, lat em graus)</translation>
    </message>
</context>
</TS>
