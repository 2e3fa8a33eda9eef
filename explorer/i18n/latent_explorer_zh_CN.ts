<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Bookmark z</source>
        <translation>书签 z</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>bookmark at least two codes to interpolate between them</source>
        <translation>至少添加两个代码书签才能在它们之间插值</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ 暂停</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
</context>
<context>
    <name>ClassMapPanel</name>
    <message>
        <source>{app} per class</source>
        <translation>每类一个 {app}</translation>
    </message>
    <message>
        <source>class-conditional model p(x | y):</source>
        <translation>类条件模型 p(x | y)：</translation>
    </message>
    <message>
        <source>This data set has no class labels. Toy sets, the world cities (continents) and drawn or imported points with a class or label column have them.</source>
        <translation>此数据集没有类别标签。玩具数据集、世界城市（按大洲）以及带有类别或标签列的绘制或导入的点才有标签。</translation>
    </message>
    <message>
        <source>Fitting one density per class…</source>
        <translation>正在为每个类拟合一个密度…</translation>
    </message>
    <message>
        <source>Cannot build the decision map: {e}</source>
        <translation>无法构建决策图：{e}</translation>
    </message>
    <message>
        <source>Bayes rule with {model_label} per class: p(y | x) = p(x | y) p(y) / p(x). Colour: most probable class; strength: its posterior. Dots: held-out points. &lt;b&gt;Held-out accuracy: {acc}&lt;/b&gt;&lt;br&gt;{chips}</source>
        <translation>每类使用 {model_label} 的贝叶斯规则：p(y | x) = p(x | y) p(y) / p(x)。颜色：最可能的类；深浅：其后验概率。圆点：留出点。&lt;b&gt;留出集准确率：{acc}&lt;/b&gt;&lt;br&gt;{chips}</translation>
    </message>
</context>
<context>
    <name>CompareAllPanel</name>
    <message>
        <source>model</source>
        <extracomment>(done, total) of the family being trained, emitted from the worker thread</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>how</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>test NLL</source>
        <translation>测试 NLL</translation>
    </message>
    <message>
        <source>KL to truth</source>
        <translation>与真实的 KL</translation>
    </message>
    <message>
        <source>KL hist</source>
        <translation>KL 直方图</translation>
    </message>
    <message>
        <source>JS</source>
        <translation>JS</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <source>modes</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Compare all</source>
        <translation>全部比较</translation>
    </message>
    <message>
        <source>Fit or load every 2D family on this data set and score them all</source>
        <translation>在此数据集上拟合或加载每个 2D 族，并为它们全部评分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>train families without a shipped model, at most</source>
        <translation>训练没有自带模型的族，最多</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>cap on the training steps of a flow, an autoregressive model or a GAN trained here</source>
        <translation>在此训练的流、自回归模型或 GAN 的训练步数上限</translation>
    </message>
    <message>
        <source>Compare all fits or loads every family on the current data set; each one also joins the scoreboard.</source>
        <translation>全部比较会在当前数据集上拟合或加载每个族；每个结果也会加入记分板。</translation>
    </message>
    <message>
        <source>NLL: nats per held-out point (PF-ODE: a DDPM&apos;s probability-flow ODE on 1,000 points). KL hist, JS: 30 × 30-bin histograms of 1,000 samples against the held-out points. Energy: energy distance. Modes: captured of known modes.</source>
        <translation>NLL：每个留出点的 nats（PF-ODE：DDPM 的概率流 ODE，在 1,000 个点上）。KL 直方图、JS：1,000 个样本与留出点的 30 × 30 格直方图之比较。能量：能量距离。模式：捕获的已知模式数。</translation>
    </message>
    <message>
        <source>At least 2 training points are needed: choose a data set, or draw or import points.</source>
        <translation>至少需要 2 个训练点：请选择一个数据集，或绘制或导入点。</translation>
    </message>
    <message>
        <source>fitting</source>
        <translation>正在拟合</translation>
    </message>
    <message>
        <source>training</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>loading and scoring</source>
        <translation>正在加载并评分</translation>
    </message>
    <message>
        <source>skipping</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>{done}/{n}: {verb} {name}…</source>
        <translation>{done}/{n}：{verb} {name}…</translation>
    </message>
    <message>
        <source>Compare all stopped: {e}</source>
        <translation>全部比较已停止：{e}</translation>
    </message>
    <message>
        <source>Compared {k} of {n} families.</source>
        <translation>已比较 {n} 个族中的 {k} 个。</translation>
    </message>
    <message>
        <source>Lowest test NLL: {label} ({v} nats), now on the canvas.</source>
        <translation>最低测试 NLL：{label}（{v} nats），现已显示在画布上。</translation>
    </message>
    <message>
        <source>Cancelled after {k} of the families.</source>
        <translation>在完成 {k} 个族后取消。</translation>
    </message>
    <message>
        <source>{modes} · {hq:.0%} near</source>
        <translation>{modes} · {hq:.0%} 邻近</translation>
    </message>
    <message>
        <source>modes captured: modes holding at least a quarter of their fair share of samples within 3σ; near: the share of all samples within 3σ of a mode</source>
        <translation>捕获的模式：在 3σ 以内至少拥有其应得样本份额四分之一的模式；邻近：距某个模式 3σ 以内的样本占全部样本的比例</translation>
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
        <translation>p_data：训练点</translation>
    </message>
    <message>
        <source>samples from p_model</source>
        <translation>来自 p_model 的样本</translation>
    </message>
    <message>
        <source>sample: {n}</source>
        <translation>样本：{n}</translation>
    </message>
    <message>
        <source>off-support (A)</source>
        <translation>支撑集之外 (A)</translation>
    </message>
    <message>
        <source>memorised (B)</source>
        <translation>记忆的 (B)</translation>
    </message>
    <message>
        <source>plausible (C)</source>
        <translation>合理的 (C)</translation>
    </message>
    <message>
        <source>log KDE of its samples  [nats]</source>
        <translation>其样本的 log KDE  [nats]</translation>
    </message>
    <message>
        <source>longitude  [°]</source>
        <translation>经度  [°]</translation>
    </message>
    <message>
        <source>latitude  [°]</source>
        <translation>纬度  [°]</translation>
    </message>
</context>
<context>
    <name>DensityFiles</name>
    <message>
        <source>Import points</source>
        <translation>导入点</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Import failed; nothing was changed.</source>
        <translation>导入失败；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not import the points</source>
        <translation>无法导入这些点</translation>
    </message>
    <message>
        <source>Replace the drawing?</source>
        <translation>替换绘图？</translation>
    </message>
    <message>
        <source>Replace the {drawn:,} points you have with the {x:,} points of {name}?</source>
        <translation>用 {name} 的 {x:,} 个点替换你现有的 {drawn:,} 个点？</translation>
    </message>
    <message>
        <source>Import cancelled; your drawing is unchanged.</source>
        <translation>导入已取消；你的绘图未改变。</translation>
    </message>
    <message>
        <source>Imported {x:,} points from {name}. {note}</source>
        <translation>已从 {name} 导入 {x:,} 个点。{note}</translation>
    </message>
    <message>
        <source>Export points</source>
        <translation>导出点</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Wrote {x:,} points to {path}</source>
        <translation>已将 {x:,} 个点写入 {path}</translation>
    </message>
    <message>
        <source>Export samples</source>
        <translation>导出样本</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Fit a model first: its samples are what gets exported.</source>
        <translation>请先拟合一个模型：导出的是它的样本。</translation>
    </message>
    <message>
        <source>Wrote {samples:,} samples to {path}</source>
        <translation>已将 {samples:,} 个样本写入 {path}</translation>
    </message>
    <message>
        <source>Export canvas</source>
        <translation>导出画布</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
</context>
<context>
    <name>DensityRecipeForm</name>
    <message>
        <source>family</source>
        <translation>族</translation>
    </message>
</context>
<context>
    <name>DensitySession</name>
    <message>
        <source>Density: the model &apos;{label}&apos; (it can be neither re-fitted nor saved)</source>
        <translation>密度：模型“{label}”（既不能重新拟合也不能保存）</translation>
    </message>
    <message>
        <source>Density: the live training in progress (saved as it is now)</source>
        <translation>密度：正在进行的实时训练（按当前状态保存）</translation>
    </message>
    <message>
        <source>The session holds {drawn:,} points of its own: replace the {mine:,} points you drew or imported? Export them as CSV first if you want to keep them.</source>
        <translation>该会话自带 {drawn:,} 个点：要替换你绘制或导入的 {mine:,} 个点吗？如果想保留它们，请先导出为 CSV。</translation>
    </message>
    <message>
        <source>Restored from the session.</source>
        <translation>已从会话恢复。</translation>
    </message>
</context>
<context>
    <name>DensityState</name>
    <message>
        <source>class {i}</source>
        <translation>类 {i}</translation>
    </message>
</context>
<context>
    <name>DensityView</name>
    <message>
        <source>Reading the world&apos;s cities …</source>
        <translation>正在读取世界城市…</translation>
    </message>
    <message>
        <source>p_model vs p_data</source>
        <translation>p_model 与 p_data</translation>
    </message>
    <message>
        <source>Flow layers</source>
        <translation>流的层</translation>
    </message>
    <message>
        <source>Classes: p(y | x)</source>
        <translation>类别：p(y | x)</translation>
    </message>
    <message>
        <source>your own points (draw / import)</source>
        <translation>你自己的点（绘制 / 导入）</translation>
    </message>
    <message>
        <source>data set:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <source>more than {t:,} people</source>
        <translation>超过 {t:,} 人</translation>
    </message>
    <message>
        <source>cities:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>training points drawn from the generator</source>
        <translation>从生成器抽取的训练点</translation>
    </message>
    <message>
        <source>training points:</source>
        <translation>训练点：</translation>
    </message>
    <message>
        <source>seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>draw on the canvas</source>
        <translation>在画布上绘制</translation>
    </message>
    <message>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>brush radius in data units</source>
        <translation>画笔半径（数据单位）</translation>
    </message>
    <message>
        <source>points added per brush dab</source>
        <translation>每次涂抹添加的点数</translation>
    </message>
    <message>
        <source>class label of the points you paint (for p(y|x))</source>
        <translation>你所绘制的点的类别标签（用于 p(y|x)）</translation>
    </message>
    <message>
        <source>brush radius:</source>
        <translation>画笔半径：</translation>
    </message>
    <message>
        <source>points per dab:</source>
        <translation>每次涂抹的点数：</translation>
    </message>
    <message>
        <source>class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>清除绘图</translation>
    </message>
    <message>
        <source>Scoreboard (click a row to show it)</source>
        <translation>记分板（点击一行以显示）</translation>
    </message>
    <message>
        <source>NLL: mean −log p_model(x) over points, in nats (lower is better). KL(p_data‖p_model) = test NLL − H(p_data), shown where H is known.</source>
        <translation>NLL：各点上 −log p_model(x) 的平均值，单位 nats（越低越好）。KL(p_data‖p_model) = 测试 NLL − H(p_data)，在 H 已知时显示。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>p_data: training points</source>
        <translation>p_data：训练点</translation>
    </message>
    <message>
        <source>1,000 samples from p_model</source>
        <translation>来自 p_model 的 1,000 个样本</translation>
    </message>
    <message>
        <source>colour samples by diagnosis (A / B / C)</source>
        <translation>按诊断给样本着色（A / B / C）</translation>
    </message>
    <message>
        <source>contour lines (1, 3, 5, 7 nats below the peak)</source>
        <translation>等高线（峰值以下 1、3、5、7 nats）</translation>
    </message>
    <message>
        <source>Export canvas PNG…</source>
        <translation>导出画布 PNG…</translation>
    </message>
    <message>
        <source>Export samples CSV…</source>
        <translation>导出样本 CSV…</translation>
    </message>
    <message>
        <source>Cannot use this data set</source>
        <translation>无法使用此数据集</translation>
    </message>
    <message>
        <source> H(p_data) = {entropy:.3f} nats.</source>
        <translation> H(p_data) = {entropy:.3f} nats。</translation>
    </message>
    <message>
        <source>{description}. Train {train:,} · held-out {test:,}.{entropy}</source>
        <translation>{description}。训练 {train:,} · 留出 {test:,}。{entropy}</translation>
    </message>
    <message>
        <source>Tick ‘draw on the canvas’ and paint points (left button), or import a CSV, then fit a model.</source>
        <translation>勾选“在画布上绘制”并绘制点（左键），或导入 CSV，然后拟合模型。</translation>
    </message>
    <message>
        <source>Choose a family and press Fit, or Fit ladder for all the simple ones.</source>
        <translation>选择一个族并点击“拟合”，或点击“拟合阶梯”拟合所有简单族。</translation>
    </message>
    <message>
        <source>At least 2 training points are needed: draw or import some.</source>
        <translation>至少需要 2 个训练点：请绘制或导入一些。</translation>
    </message>
    <message>
        <source>Starting live training of {label}…</source>
        <translation>正在开始 {label} 的实时训练…</translation>
    </message>
    <message>
        <source>Fitting {label}…</source>
        <translation>正在拟合 {label}…</translation>
    </message>
    <message>
        <source>Fitting the ladder {ladder_text}: {done}/{n}, {label}…</source>
        <translation>正在拟合阶梯 {ladder_text}：{done}/{n}，{label}…</translation>
    </message>
    <message>
        <source>{label}: {likelihood_note}. Its samples: {support:.0%} off-support, {memorised:.0%} memorised, {plausible:.0%} plausible.</source>
        <translation>{label}：{likelihood_note}。其样本：{support:.0%} 在支撑集之外，{memorised:.0%} 为记忆，{plausible:.0%} 合理。</translation>
    </message>
    <message>
        <source> Test NLL is ∞: some held-out points fall where p_model = 0 (outside the box), and log 0 = −∞.</source>
        <translation> 测试 NLL 为 ∞：部分留出点落在 p_model = 0 处（盒子之外），而 log 0 = −∞。</translation>
    </message>
    <message>
        <source>{label}: test NLL {test_nll_nats} nats.{why}</source>
        <translation>{label}：测试 NLL {test_nll_nats} nats。{why}</translation>
    </message>
    <message>
        <source>Could not fit: {error}</source>
        <translation>无法拟合：{error}</translation>
    </message>
    <message>
        <source>Move the mouse over the canvas to probe p_model and p_data.</source>
        <translation>在画布上移动鼠标以探查 p_model 和 p_data。</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>train NLL</source>
        <translation>训练 NLL</translation>
    </message>
    <message>
        <source>test NLL</source>
        <translation>测试 NLL</translation>
    </message>
    <message>
        <source>KL to truth</source>
        <translation>与真实的 KL</translation>
    </message>
    <message>
        <source>params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>fit s</source>
        <translation>拟合 s</translation>
    </message>
    <message>
        <source>Generative vs discriminative</source>
        <translation>生成式与判别式</translation>
    </message>
    <message>
        <source>Compare all</source>
        <translation>全部比较</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>引导</translation>
    </message>
</context>
<context>
    <name>DiffusionExport</name>
    <message>
        <source>Export grid as PNG</source>
        <translation>将网格导出为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export trajectory as GIF</source>
        <translation>将轨迹导出为 GIF</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Load a model and take a step first.</source>
        <translation>请先加载模型并走一步。</translation>
    </message>
    <message>
        <source>Qt could not write the file</source>
        <translation>Qt 无法写入该文件</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Could not write {path}: {e}</source>
        <translation>无法写入 {path}：{e}</translation>
    </message>
    <message>
        <source>Load a model and compute some steps first.</source>
        <translation>请先加载模型并计算若干步。</translation>
    </message>
</context>
<context>
    <name>DiffusionView</name>
    <message>
        <source>Open the shipped MNIST diffusion model</source>
        <extracomment>the user asked to see this (2D) model on the density canvas</extracomment>
        <translation>打开自带的 MNIST 扩散模型</translation>
    </message>
    <message>
        <source>No diffusion model loaded</source>
        <translation>未加载扩散模型</translation>
    </message>
    <message>
        <source>This view steps through denoising, from pure noise x&lt;sub&gt;T&lt;/sub&gt; to a sample x&lt;sub&gt;0&lt;/sub&gt;, showing x&lt;sub&gt;t&lt;/sub&gt;, the noise the network predicts and the clean image it predicts side by side, with fast ODE solvers, DDIM and DDPM and the noise schedule.&lt;br&gt;&lt;br&gt;Use &lt;b&gt;File → Open model…&lt;/b&gt; (Ctrl+O) and pick a folder whose card says &lt;code&gt;&quot;kind&quot;: &quot;diffusion&quot;&lt;/code&gt;, e.g. &lt;code&gt;trained/diffusion-mnist5k&lt;/code&gt; or &lt;code&gt;trained/diffusion-moons&lt;/code&gt;.</source>
        <translation>此视图逐步展示去噪过程，从纯噪声 x&lt;sub&gt;T&lt;/sub&gt; 到样本 x&lt;sub&gt;0&lt;/sub&gt;，并排显示 x&lt;sub&gt;t&lt;/sub&gt;、网络预测的噪声和它预测的干净图像，支持快速 ODE 求解器、DDIM 和 DDPM 以及噪声调度。&lt;br&gt;&lt;br&gt;使用&lt;b&gt;文件 → 打开模型…&lt;/b&gt;（Ctrl+O），选择模型卡中写有 &lt;code&gt;&quot;kind&quot;: &quot;diffusion&quot;&lt;/code&gt; 的文件夹，例如 &lt;code&gt;trained/diffusion-mnist5k&lt;/code&gt; 或 &lt;code&gt;trained/diffusion-moons&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>Train a diffusion model…</source>
        <translation>训练扩散模型…</translation>
    </message>
    <message>
        <source>run a DDPM recipe in a separate process and open the result</source>
        <translation>在单独的进程中运行 DDPM 配方并打开结果</translation>
    </message>
    <message>
        <source>batch: x_t</source>
        <translation>批次：x_t</translation>
    </message>
    <message>
        <source>predicted noise ε̂</source>
        <translation>预测的噪声 ε̂</translation>
    </message>
    <message>
        <source>predicted x̂₀</source>
        <translation>预测的 x̂₀</translation>
    </message>
    <message>
        <source>Reverse process: x_T → x₀</source>
        <translation>反向过程：x_T → x₀</translation>
    </message>
    <message>
        <source>Forward process: x₀ → x_t</source>
        <translation>前向过程：x₀ → x_t</translation>
    </message>
    <message>
        <source>Reverse process</source>
        <translation>反向过程</translation>
    </message>
    <message>
        <source>DPM-Solver++(2M) (Lu et al. 2022) or UniPC-2 (Zhao et al. 2023): second-order solvers of the probability-flow ODE, timesteps even in log-SNR, or for UniPC-2 (t²) even in √t (t_i ∝ (1 − i/(n−1))², more of them near the data than even in t); SDE-DPM-Solver++(2M) (t²): the same solver for the reverse SDE, fresh noise at every step (it forgets part of the denoiser&apos;s errors: better digits at 17 steps, but not the ODE&apos;s solution from this x_T); DDIM (Song et al. 2021, eq. 12) or ancestral DDPM (Ho et al. 2020, Algorithm 2), even in t</source>
        <translation>DPM-Solver++(2M)（Lu 等，2022）或 UniPC-2（Zhao 等，2023）：概率流 ODE 的二阶求解器，时间步在 log-SNR 上均匀；UniPC-2 (t²) 的时间步在 √t 上均匀（t_i ∝ (1 − i/(n−1))²，比在 t 上均匀时更多步靠近数据）；SDE-DPM-Solver++(2M) (t²)：同一求解器用于逆向 SDE，每一步加入新的噪声（它会忘掉去噪网络的一部分误差：17 步即得到更好的数字，但不是从这个 x_T 出发的 ODE 解）；DDIM（Song 等，2021，式 12）或祖先采样 DDPM（Ho 等，2020，算法 2），在 t 上均匀</translation>
    </message>
    <message>
        <source>number of denoiser evaluations (T = 1000); each sampler starts at its own default</source>
        <translation>去噪器的评估次数（T = 1000）；每个采样器从各自的默认值开始</translation>
    </message>
    <message>
        <source>DDIM η: 0 = deterministic, 1 = as noisy as DDPM</source>
        <translation>DDIM η：0 = 确定性，1 = 与 DDPM 一样带噪</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>η (DDIM)</source>
        <translation>η (DDIM)</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>side by side with sampler B (same x_T)</source>
        <translation>与采样器 B 并排（相同的 x_T）</translation>
    </message>
    <message>
        <source>B: number of steps</source>
        <translation>B：步数</translation>
    </message>
    <message>
        <source>B: DDIM η</source>
        <translation>B：DDIM η</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>逐步执行</translation>
    </message>
    <message>
        <source>back to x_T (same seed)</source>
        <translation>回到 x_T（相同种子）</translation>
    </message>
    <message>
        <source>one step back (cached, costs nothing)</source>
        <translation>后退一步（已缓存，无需计算）</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>play / pause (Space)</source>
        <translation>播放 / 暂停（空格）</translation>
    </message>
    <message>
        <source>one denoising step forward</source>
        <translation>向前一个去噪步</translation>
    </message>
    <message>
        <source>run to x_0</source>
        <translation>运行到 x_0</translation>
    </message>
    <message>
        <source>scrub through the computed steps</source>
        <translation>拖动浏览已计算的步</translation>
    </message>
    <message>
        <source>speed (steps/s)</source>
        <translation>速度（步/秒）</translation>
    </message>
    <message>
        <source>computed %v / %m steps</source>
        <translation>已计算 %v / %m 步</translation>
    </message>
    <message>
        <source>Show and export</source>
        <translation>显示与导出</translation>
    </message>
    <message>
        <source>grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>trails of 100 particles (2D)</source>
        <translation>100 个粒子的轨迹（2D）</translation>
    </message>
    <message>
        <source>predicted-noise field ε̂(x, t) (2D)</source>
        <translation>预测噪声场 ε̂(x, t)（2D）</translation>
    </message>
    <message>
        <source>Export grid as PNG…</source>
        <translation>将网格导出为 PNG…</translation>
    </message>
    <message>
        <source>Export trajectory as GIF…</source>
        <translation>将轨迹导出为 GIF…</translation>
    </message>
    <message>
        <source>Compare on the density canvas</source>
        <translation>在密度画布上比较</translation>
    </message>
    <message>
        <source>Show this 2D model in the Density view: its samples, a density estimate of them, its NLL by the probability-flow ODE and its sample scores on the scoreboard</source>
        <translation>在“密度”视图中显示此 2D 模型：它的样本、对样本的密度估计、由概率流 ODE 得到的 NLL 以及记分板上的样本评分</translation>
    </message>
    <message>
        <source>&lt;br&gt;DDIM-50 samples: {ddim50_confident_share:.0%} classified with confidence ≥ 0.9; Fréchet distance {ddim50_frechet_distance:.2f} (real-vs-real floor {ddim50_frechet_floor:.2f})</source>
        <translation>&lt;br&gt;DDIM-50 样本：{ddim50_confident_share:.0%} 以 ≥ 0.9 的置信度被分类；Fréchet 距离 {ddim50_frechet_distance:.2f}（真实对真实下限 {ddim50_frechet_floor:.2f}）</translation>
    </message>
    <message>
        <source>&lt;br&gt;DDIM-50 energy distance to p_data {ddim50_energy_distance:.4f} (two real samples: {ddim50_energy_distance_floor:.4f})</source>
        <translation>&lt;br&gt;DDIM-50 到 p_data 的能量距离 {ddim50_energy_distance:.4f}（两个真实样本：{ddim50_energy_distance_floor:.4f}）</translation>
    </message>
    <message>
        <source>&lt;br&gt;Class-conditional ({k} classes). At the default guidance s = {s:g}: {acc:.0%} of the samples classified as the prompted class, diversity {div:.2f} of real data&apos;s</source>
        <translation>&lt;br&gt;类条件（{k} 个类）。默认引导强度 s = {s:g} 时：{acc:.0%} 的样本被分类为所提示的类，多样性为真实数据的 {div:.2f}</translation>
    </message>
    <message>
        <source>; v-prediction (ε and x₀ computed from the net&apos;s v)</source>
        <translation>；v 预测（ε 和 x₀ 由网络输出的 v 计算）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{images} · {name}&lt;/b&gt;&lt;br&gt;{net_name} denoiser, {n_params:,} parameters, {steps} training steps; {schedule_name} schedule, T = {t}{extra}</source>
        <translation>&lt;b&gt;{images} · {name}&lt;/b&gt;&lt;br&gt;{net_name} 去噪器，{n_params:,} 个参数，{steps} 个训练步；{schedule_name} 调度，T = {t}{extra}</translation>
    </message>
    <message>
        <source>2D points</source>
        <translation>2D 点</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>particles</source>
        <translation>粒子</translation>
    </message>
    <message>
        <source>batch limited to {cap} for {longest} steps, so the cached trajectory fits in memory</source>
        <translation>批次在 {longest} 步下限制为 {cap}，以便缓存的轨迹能放入内存</translation>
    </message>
    <message>
        <source>computed {computed} / {total} steps</source>
        <translation>已计算 {computed} / {total} 步</translation>
    </message>
    <message>
        <source> · {step_s:.2f} s/step</source>
        <translation> · {step_s:.2f} 秒/步</translation>
    </message>
    <message>
        <source> · {eta:.0f} s left</source>
        <translation> · 剩余 {eta:.0f} 秒</translation>
    </message>
    <message>
        <source> · {eta:.1f} s left</source>
        <translation> · 剩余 {eta:.1f} 秒</translation>
    </message>
    <message>
        <source>Sampling failed</source>
        <translation>采样失败</translation>
    </message>
    <message>
        <source>The sampler stopped: {name}: {error}</source>
        <translation>采样器已停止：{name}：{error}</translation>
    </message>
</context>
<context>
    <name>DrawingPanel</name>
    <message>
        <source>Clear the drawing?</source>
        <translation>清除绘图？</translation>
    </message>
    <message>
        <source>Remove all {drawn:,} points you drew or imported? Export them as CSV first if you want to keep them.</source>
        <translation>删除你绘制或导入的全部 {drawn:,} 个点？如果想保留它们，请先导出为 CSV。</translation>
    </message>
    <message>
        <source>Could not save the drawing to {path}: {e}</source>
        <translation>无法将绘图保存到 {path}：{e}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open model…</source>
        <translation>打开模型…</translation>
    </message>
</context>
<context>
    <name>EncodePanel</name>
    <message>
        <source>no test images for this model; encode an image file</source>
        <translation>此模型没有测试图像；请编码一个图像文件</translation>
    </message>
    <message>
        <source>reconstruction error (mean squared, per pixel): {mse:.4f}</source>
        <translation>重建误差（均方，每像素）：{mse:.4f}</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>编码图像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>This model cannot encode</source>
        <translation>此模型无法编码</translation>
    </message>
    <message>
        <source>Could not read the image</source>
        <translation>无法读取该图像</translation>
    </message>
</context>
<context>
    <name>FlowLayersPanel</name>
    <message>
        <source>data → base: push the data and a grid forward</source>
        <translation>数据 → 基：将数据和网格向前推送</translation>
    </message>
    <message>
        <source>base → data: pull a base grid and samples back</source>
        <translation>基 → 数据：将基空间网格和样本拉回</translation>
    </message>
    <message>
        <source>Fit a normalizing flow (family ‘Normalizing flow’) or open the shipped flow, then select it in the scoreboard to scrub its layers.</source>
        <translation>拟合一个标准化流（“标准化流”族）或打开自带的流，然后在记分板中选中它以逐层浏览。</translation>
    </message>
    <message>
        <source>layers applied:</source>
        <translation>已应用的层：</translation>
    </message>
    <message>
        <source>the data and a regular grid drawn in data space</source>
        <translation>数据以及在数据空间中绘制的规则网格</translation>
    </message>
    <message>
        <source>N(0, I) samples and a regular grid drawn in the base space</source>
        <translation>N(0, I) 样本以及在基空间中绘制的规则网格</translation>
    </message>
    <message>
        <source>data space</source>
        <translation>数据空间</translation>
    </message>
    <message>
        <source>base space (should look like N(0, I))</source>
        <translation>基空间（应当看起来像 N(0, I)）</translation>
    </message>
    <message>
        <source>after {k} of {n} coupling layers</source>
        <translation>经过 {n} 个耦合层中的 {k} 个之后</translation>
    </message>
    <message>
        <source>Stage {k}/{n}: {space}. Showing {what}.</source>
        <translation>阶段 {k}/{n}：{space}。显示{what}。</translation>
    </message>
</context>
<context>
    <name>ForwardProcessPanel</name>
    <message>
        <source>which test image to noise</source>
        <translation>要加噪的测试图像</translation>
    </message>
    <message>
        <source>test image</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>schedule shown here and in the plot below (the model was trained with its own)</source>
        <translation>此处及下方图中显示的调度（模型用它自己的调度训练）</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>新噪声</translation>
    </message>
    <message>
        <source>x₀ (real test image)</source>
        <translation>x₀（真实测试图像）</translation>
    </message>
    <message>
        <source>t = &lt;b&gt;{t}&lt;/b&gt; · √ᾱ_t = {ab:.3f} (signal) · √(1−ᾱ_t) = {ab2:.3f} (noise) · SNR = {snr:.3g} · {schedule_view} schedule</source>
        <translation>t = &lt;b&gt;{t}&lt;/b&gt; · √ᾱ_t = {ab:.3f}（信号）· √(1−ᾱ_t) = {ab2:.3f}（噪声）· SNR = {snr:.3g} · {schedule_view} 调度</translation>
    </message>
</context>
<context>
    <name>GalleryTableModel</name>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>the artifact in trained/ (double-click: open it)</source>
        <translation>trained/ 中的工件（双击：打开）</translation>
    </message>
    <message>
        <source>family</source>
        <translation>族</translation>
    </message>
    <message>
        <source>the family of the gallery&apos;s registry</source>
        <translation>画廊注册表中的族</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>binary samples are compared with stochastically binarised real digits, grey ones with grey digits</source>
        <translation>二值样本与随机二值化的真实数字比较，灰度样本与灰度数字比较</translation>
    </message>
    <message>
        <source>NLL</source>
        <translation>NLL</translation>
    </message>
    <message>
        <source>−log p(x) in nats per test image from the card; what kind of figure it is is in the next column and in the tooltip</source>
        <translation>来自模型卡的每张测试图像的 −log p(x)（nats）；它是哪种数值见下一列和提示</translation>
    </message>
    <message>
        <source>NLL kind</source>
        <translation>NLL 类型</translation>
    </message>
    <message>
        <source>exact, lower bound (NLL is an upper bound), exact marginal, estimate, or none</source>
        <translation>精确、下界（NLL 为上界）、精确边缘、估计或无</translation>
    </message>
    <message>
        <source>bits/dim</source>
        <translation>比特/维</translation>
    </message>
    <message>
        <source>NLL / (784 · ln 2), binary models</source>
        <translation>NLL / (784 · ln 2)，二值模型</translation>
    </message>
    <message>
        <source>conf.</source>
        <translation>置信</translation>
    </message>
    <message>
        <source>share of samples the shipped classifier gives a top probability ≥ 0.9</source>
        <translation>自带分类器给出 ≥ 0.9 最高概率的样本比例</translation>
    </message>
    <message>
        <source>min cls</source>
        <translation>最小类</translation>
    </message>
    <message>
        <source>smallest share of one digit class among the samples (0.10 = all classes equal)</source>
        <translation>样本中单个数字类别的最小比例（0.10 = 所有类别相等）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>classes with under 1 % of the samples</source>
        <translation>样本占比低于 1% 的类别</translation>
    </message>
    <message>
        <source>FD</source>
        <translation>FD</translation>
    </message>
    <message>
        <source>Fréchet distance of the classifier&apos;s features to the test digits (lower is better)</source>
        <translation>分类器特征到测试数字的 Fréchet 距离（越低越好）</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>the same distance for real training digits: the best a model can reach with this many samples</source>
        <translation>真实训练数字的同一距离：在这么多样本下模型能达到的最佳值</translation>
    </message>
    <message>
        <source>prec.</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>k-NN precision (k = 3, Kynkäänniemi et al. 2019): share of samples inside the real digits&apos; feature manifold</source>
        <translation>k-NN 精确率（k = 3，Kynkäänniemi 等，2019）：落在真实数字特征流形内的样本比例</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>k-NN recall: share of real digits inside the samples&apos; feature manifold (the data&apos;s variety covered)</source>
        <translation>k-NN 召回率：落在样本特征流形内的真实数字比例（覆盖的数据多样性）</translation>
    </message>
    <message>
        <source>memo.</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>share of samples nearer a training digit than 99 % of test digits are</source>
        <translation>比 99% 的测试数字更接近某个训练数字的样本比例</translation>
    </message>
    <message>
        <source>params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>parameters of the model</source>
        <translation>模型的参数数量</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>training time from the card</source>
        <translation>模型卡中的训练时间</translation>
    </message>
    <message>
        <source>16 smp</source>
        <translation>16 样本</translation>
    </message>
    <message>
        <source>time to draw 16 samples on the machine that measured the gallery</source>
        <translation>在测量画廊的机器上抽取 16 个样本所需的时间</translation>
    </message>
    <message>
        <source>compared with {compared_with}; drawn by {how_drawn}</source>
        <translation>与 {compared_with} 比较；由 {how_drawn} 抽取</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>No gallery measured yet</source>
        <translation>尚未测量画廊</translation>
    </message>
    <message>
        <source>The Gallery shows every MNIST-5k image model of &lt;tt&gt;trained/&lt;/tt&gt; on the taxonomy of generative models, with 16 samples each and one table of figures measured by one evaluator. It reads &lt;tt&gt;docs/gallery/gallery.json&lt;/tt&gt;, which is not there. Make it with &lt;tt&gt;python -m training gallery&lt;/tt&gt; (about half an hour on one CPU thread), or press &lt;b&gt;Re-measure&lt;/b&gt; below to measure it here in the background.</source>
        <translation>画廊按生成模型的分类展示 &lt;tt&gt;trained/&lt;/tt&gt; 中的每个 MNIST-5k 图像模型，每个模型 16 个样本，并附一张由同一评估器测得的指标表。它读取 &lt;tt&gt;docs/gallery/gallery.json&lt;/tt&gt;，但该文件不存在。请用 &lt;tt&gt;python -m training gallery&lt;/tt&gt; 生成它（单个 CPU 线程约半小时），或点击下方的&lt;b&gt;重新测量&lt;/b&gt;在后台测量。</translation>
    </message>
    <message>
        <source>samples per model for a re-measure (the shipped gallery used the number in its header)</source>
        <extracomment>a model&apos;s folder, to open in its own view (the main window&apos;s ``open_model``)</extracomment>
        <translation>重新测量时每个模型的样本数（自带画廊使用其表头中的数字）</translation>
    </message>
    <message>
        <source>Re-measure</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <source>draw and score every model again here, in the background (minutes: the PixelCNNs and the DDPM are slow samplers)</source>
        <translation>在后台重新抽样并评估每个模型（需数分钟：PixelCNN 和 DDPM 采样较慢）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>samples per model</source>
        <translation>每个模型的样本数</translation>
    </message>
    <message>
        <source>taxonomy</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>16 samples (double-click: open)</source>
        <translation>16 个样本（双击：打开）</translation>
    </message>
    <message>
        <source>Reading {folder} …</source>
        <translation>正在读取 {folder}…</translation>
    </message>
    <message>
        <source>The gallery file could not be read: {error}</source>
        <translation>无法读取画廊文件：{error}</translation>
    </message>
    <message>
        <source>No gallery in {folder}.</source>
        <translation>{folder} 中没有画廊。</translation>
    </message>
    <message>
        <source>shipped docs/gallery</source>
        <translation>自带的 docs/gallery</translation>
    </message>
    <message>
        <source>{rows} models · {n_samples} samples each · measured {measured_at} on {cpu} ({torch_threads} thread) · from {where}</source>
        <translation>{rows} 个模型 · 每个 {n_samples} 个样本 · 于 {measured_at} 在 {cpu}（{torch_threads} 线程）上测量 · 来自 {where}</translation>
    </message>
    <message>
        <source> · rows re-measured later: {count}</source>
        <translation> · 之后重新测量的行：{count}</translation>
    </message>
    <message>
        <source>unplaced: {model}</source>
        <translation>未归类：{model}</translation>
    </message>
    <message>
        <source>{name} is not in {parent}: nothing to open.</source>
        <translation>{name} 不在 {parent} 中：没有可打开的内容。</translation>
    </message>
    <message>
        <source>Opening {name} in its view …</source>
        <translation>正在其视图中打开 {name}…</translation>
    </message>
    <message>
        <source>Re-measure (restart)</source>
        <translation>重新测量（重新开始）</translation>
    </message>
    <message>
        <source>Measuring with {n} samples per model …</source>
        <translation>正在以每个模型 {n} 个样本进行测量…</translation>
    </message>
    <message>
        <source>Cancelled; the gallery shown is unchanged (a model being sampled finishes in the background first).</source>
        <translation>已取消；显示的画廊未改变（正在采样的模型会先在后台完成）。</translation>
    </message>
    <message>
        <source>Measured: {rows} models, written to {folder}.</source>
        <translation>测量完成：{rows} 个模型，已写入 {folder}。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The measure failed: {name}: {error}</source>
        <translation>测量失败：{name}：{error}</translation>
    </message>
</context>
<context>
    <name>GanPanel</name>
    <message>
        <source>GAN: discriminator vs generator</source>
        <extracomment>live-training steps per update in slow motion (normal: one progress report, 50 steps) D(x) colours: 0 (likely fake) red, ½ white, 1 (likely real) blue</extracomment>
        <translation>GAN：判别器与生成器</translation>
    </message>
    <message>
        <source>Step D</source>
        <translation>D 走一步</translation>
    </message>
    <message>
        <source>Step G</source>
        <translation>G 走一步</translation>
    </message>
    <message>
        <source>Step both</source>
        <translation>两者各走一步</translation>
    </message>
    <message>
        <source>one update of the discriminator only</source>
        <translation>仅更新判别器一次</translation>
    </message>
    <message>
        <source>one update of the generator only</source>
        <translation>仅更新生成器一次</translation>
    </message>
    <message>
        <source>k updates of D, then one of G</source>
        <translation>D 更新 k 次，然后 G 更新一次</translation>
    </message>
    <message>
        <source>slow motion ({slow_chunk} steps per live update)</source>
        <translation>慢动作（每次实时更新 {slow_chunk} 步）</translation>
    </message>
    <message>
        <source>D(x) background</source>
        <translation>D(x) 背景</translation>
    </message>
    <message>
        <source>generated samples</source>
        <translation>生成的样本</translation>
    </message>
    <message>
        <source>G-gradient arrows</source>
        <translation>G 的梯度箭头</translation>
    </message>
    <message>
        <source>noise grid → G</source>
        <translation>噪声网格 → G</translation>
    </message>
    <message>
        <source>the manifold: a regular grid of noise z pushed through G</source>
        <translation>流形：将噪声 z 的规则网格送入 G</translation>
    </message>
    <message>
        <source>−∇ₓ of the generator loss at generated points: where G is pushed</source>
        <translation>生成器损失在生成点处的 −∇ₓ：G 被推动的方向</translation>
    </message>
    <message>
        <source>likely real ↔ likely fake</source>
        <translation>可能为真 ↔ 可能为假</translation>
    </message>
    <message>
        <source>the background is D(x): blue where D calls points real (D ≈ 1), red where it calls them fake (D ≈ 0), white at ½</source>
        <translation>背景为 D(x)：蓝色表示 D 认为点为真（D ≈ 1），红色表示认为为假（D ≈ 0），白色为 ½</translation>
    </message>
    <message>
        <source>D loss</source>
        <translation>D 损失</translation>
    </message>
    <message>
        <source>G loss</source>
        <translation>G 损失</translation>
    </message>
    <message>
        <source>no sample figures yet</source>
        <translation>尚无样本指标</translation>
    </message>
    <message>
        <source>{v} of {modes_total}</source>
        <translation>{v} / {modes_total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample figures&lt;/b&gt; (lower is better for the divergences)&lt;table&gt;</source>
        <translation>&lt;b&gt;样本指标&lt;/b&gt;（散度越低越好）&lt;table&gt;</translation>
    </message>
    <message>
        <source>GAN step failed: {error}</source>
        <translation>GAN 步骤失败：{error}</translation>
    </message>
</context>
<context>
    <name>GenVsDiscPanel</name>
    <message>
        <source>linear: LDA vs logistic regression</source>
        <extracomment>n per class offered for the maps (0: every training point)</extracomment>
        <translation>线性：LDA 对比逻辑回归</translation>
    </message>
    <message>
        <source>quadratic: QDA vs logistic regression on x, x²</source>
        <translation>二次：QDA 对比基于 x, x² 的逻辑回归</translation>
    </message>
    <message>
        <source>flexible: KDE per class vs MLP</source>
        <translation>灵活：每类 KDE 对比 MLP</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>subsamples per size; the curve shows the median</source>
        <translation>每个规模的子样本数；曲线显示中位数</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>the maps are fitted on n training points per class</source>
        <translation>决策图用每类 n 个训练点拟合</translation>
    </message>
    <message>
        <source>pair:</source>
        <translation>组合：</translation>
    </message>
    <message>
        <source>n per class:</source>
        <translation>每类 n：</translation>
    </message>
    <message>
        <source>seeds:</source>
        <translation>种子数：</translation>
    </message>
    <message>
        <source>training points per class</source>
        <translation>每类训练点数</translation>
    </message>
    <message>
        <source>held-out accuracy (%)</source>
        <translation>留出准确率 (%)</translation>
    </message>
    <message>
        <source>generative (median)</source>
        <translation>生成式（中位数）</translation>
    </message>
    <message>
        <source>discriminative (median)</source>
        <translation>判别式（中位数）</translation>
    </message>
    <message>
        <source>No data set yet.</source>
        <translation>尚无数据集。</translation>
    </message>
    <message>
        <source>This data set has no class labels. The toy sets, the world cities (continents) and drawn or imported points with a class column have.</source>
        <translation>此数据集没有类别标签。玩具数据集、世界城市（按大洲）以及带类别列的绘制或导入的点都有类别标签。</translation>
    </message>
    <message>
        <source>Only one class: a classifier needs at least two.</source>
        <translation>只有一个类：分类器至少需要两个类。</translation>
    </message>
    <message>
        <source>Fitting both classifiers…</source>
        <translation>正在拟合两个分类器…</translation>
    </message>
    <message>
        <source>Cannot fit the classifiers: {e}</source>
        <translation>无法拟合分类器：{e}</translation>
    </message>
    <message>
        <source>generative</source>
        <translation>生成式</translation>
    </message>
    <message>
        <source>discriminative</source>
        <translation>判别式</translation>
    </message>
    <message>
        <source>{kind} ({name}): &lt;b&gt;{acc}&lt;/b&gt; held out</source>
        <translation>{kind}（{name}）：留出 &lt;b&gt;{acc}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Left: Bayes&apos; rule p(y | x) = p(x | y) p(y) / Σ p(x | y&apos;) p(y&apos;) over one density per class. Right: p(y | x) fitted directly (cross-entropy). Both trained on the {n} points shown; colour: most probable class, strength: its probability.</source>
        <translation>左：基于每类一个密度的贝叶斯规则 p(y | x) = p(x | y) p(y) / Σ p(x | y&apos;) p(y&apos;)。右：直接拟合的 p(y | x)（交叉熵）。两者都在图中的 {n} 个点上训练；颜色：最可能的类，深浅：其概率。</translation>
    </message>
    <message>
        <source>Measuring the learning curve…</source>
        <translation>正在测量学习曲线…</translation>
    </message>
    <message>
        <source>Learning curve cancelled.</source>
        <translation>学习曲线已取消。</translation>
    </message>
    <message>
        <source>Cannot measure the curve: {e}</source>
        <translation>无法测量曲线：{e}</translation>
    </message>
    <message>
        <source>The discriminative model is ahead from n = {n} per class on.</source>
        <translation>从每类 n = {n} 起，判别式模型领先。</translation>
    </message>
    <message>
        <source>No crossover on these sizes.</source>
        <translation>在这些规模上没有交叉。</translation>
    </message>
    <message>
        <source> (n = {s} dropped: a class has fewer points)</source>
        <translation>（n = {s} 已舍弃：某个类的点不够）</translation>
    </message>
    <message>
        <source>Median of {s} seeds: {g} vs {d}. </source>
        <translation>{s} 个种子的中位数：{g} 对比 {d}。</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>points drawn per class</source>
        <translation>每类生成的点数</translation>
    </message>
    <message>
        <source>model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>class:</source>
        <translation>类：</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>引导</translation>
    </message>
    <message>
        <source>n per class:</source>
        <translation>每类 n：</translation>
    </message>
    <message>
        <source>s = 0 draws every class from the unconditional model, s = 1 from p(x | c); a larger s pushes the points away from the other classes. The share in their class is judged by the 15 nearest training points (distance-weighted)</source>
        <translation>s = 0 时每个类都由无条件模型生成，s = 1 时由 p(x | c) 生成；s 越大，点越远离其他类。点是否落在其类中由最近的 15 个训练点（按距离加权）判断</translation>
    </message>
    <message>
        <source>s = 0: the unconditional model for every class · s = 1: p(x | c) · s &amp;gt; 1: pushed away from the other classes</source>
        <translation>s = 0：每个类都用无条件模型 · s = 1：p(x | c) · s &amp;gt; 1：远离其他类</translation>
    </message>
    <message>
        <source>the canvas&apos;s current model</source>
        <translation>画布上的当前模型</translation>
    </message>
    <message>
        <source>every class</source>
        <translation>所有类</translation>
    </message>
    <message>
        <source>No class-conditional 2D diffusion model: train one with &lt;code&gt;python -m training diffusion --data world-cities --conditional&lt;/code&gt; (any labelled 2D set) or open one on the canvas.</source>
        <translation>没有类条件的 2D 扩散模型：用 &lt;code&gt;python -m training diffusion --data world-cities --conditional&lt;/code&gt; 训练一个（任何带标签的 2D 数据集），或在画布上打开一个。</translation>
    </message>
    <message>
        <source>Drawing at s = {s:.1f} …</source>
        <translation>正在以 s = {s:.1f} 生成…</translation>
    </message>
    <message>
        <source>s = {s:.1f}: &lt;b&gt;{acc:.0%}&lt;/b&gt; of the points fall in their prompted class; spread {div:.2f} × the real points&apos;. {legend}</source>
        <translation>s = {s:.1f}：&lt;b&gt;{acc:.0%}&lt;/b&gt; 的点落在所提示的类中；离散度为真实点的 {div:.2f} 倍。{legend}</translation>
    </message>
    <message>
        <source>Could not draw: {e}</source>
        <translation>无法生成：{e}</translation>
    </message>
</context>
<context>
    <name>HyperPage</name>
    <message>
        <source>{title}:</source>
        <translation>{title}：</translation>
    </message>
</context>
<context>
    <name>InvertPanel</name>
    <message>
        <source>test image</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>Invert: search z for it</source>
        <translation>反演：为它搜索 z</translation>
    </message>
    <message>
        <source>A GAN has no encoder: Adam searches z (from 8 draws of the prior, the generator fixed) for the image closest to this one</source>
        <translation>GAN 没有编码器：Adam 搜索 z（从先验的 8 次抽样出发，生成器固定），以得到最接近此图像的图像</translation>
    </message>
    <message>
        <source>Use this z on the sliders</source>
        <translation>在滑块上使用此 z</translation>
    </message>
    <message>
        <source>test image x</source>
        <translation>测试图像 x</translation>
    </message>
    <message>
        <source>G(z*): the nearest it can draw</source>
        <translation>G(z*)：它能画出的最接近的图像</translation>
    </message>
    <message>
        <source>Reading the test images …</source>
        <translation>正在读取测试图像…</translation>
    </message>
    <message>
        <source>Pick a test image and press Invert.</source>
        <translation>选择一张测试图像并点击“反演”。</translation>
    </message>
    <message>
        <source>Cannot invert: {error}</source>
        <translation>无法反演：{error}</translation>
    </message>
    <message>
        <source>Searching z …</source>
        <translation>正在搜索 z…</translation>
    </message>
    <message>
        <source>mean squared error {mse:.4f} per pixel · ‖z*‖ = {z:.1f} (prior draws: ≈ {z2:.1f})</source>
        <translation>每像素均方误差 {mse:.4f} · ‖z*‖ = {z:.1f}（先验抽样：≈ {z2:.1f}）</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language (applies at the next start)</source>
        <translation>语言(&amp;L)（下次启动时生效）</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Latent Explorer.</source>
        <translation>新语言将从下次启动 Latent Explorer 时开始使用。</translation>
    </message>
</context>
<context>
    <name>LatentExport</name>
    <message>
        <source>Export interpolation strip</source>
        <translation>导出插值条带</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export interpolation as GIF</source>
        <translation>将插值导出为 GIF</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Bookmark at least two codes first.</source>
        <translation>请先至少添加两个代码书签。</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Could not write {path}: {e}</source>
        <translation>无法写入 {path}：{e}</translation>
    </message>
</context>
<context>
    <name>LatentMap</name>
    <message>
        <source>PC 1 of z ({share:.0%} of the variance)</source>
        <translation>z 的主成分 1（方差的 {share:.0%}）</translation>
    </message>
    <message>
        <source>PC 2 of z ({share:.0%})</source>
        <translation>z 的主成分 2（{share:.0%}）</translation>
    </message>
    <message>
        <source>test set encoded (posterior means, {z} images): {chips}. Drag the yellow point.{note}</source>
        <translation>已编码的测试集（后验均值，{z} 张图像）：{chips}。拖动黄点。{note}</translation>
    </message>
    <message>
        <source>&lt;i&gt;{preparing}&lt;/i&gt; the sliders and the image work already.</source>
        <translation>&lt;i&gt;{preparing}&lt;/i&gt;滑块和图像已可使用。</translation>
    </message>
    <message>
        <source>No test-set map: {data_error}. Drag the yellow point (it moves z in this plane) or the sliders.</source>
        <translation>没有测试集图：{data_error}。拖动黄点（它在此平面内移动 z）或滑块。</translation>
    </message>
    <message>
        <source>No test set to encode: {none}. Drag the yellow point or the sliders, or encode an image file.</source>
        <translation>没有可编码的测试集：{none}。拖动黄点或滑块，或编码一个图像文件。</translation>
    </message>
</context>
<context>
    <name>LatentSpace</name>
    <message>
        <source>z{j}: draws of the prior N(0, 1) (bars and line); a GAN has no encoder, so there are no training codes</source>
        <extracomment>nats: a VAE dimension whose KL to the prior is below this carries (almost) no information a dimension of a model without KL (autoencoder, PCA) whose codes vary less than this fraction of the most varied dimension&apos;s is shown inactive slider half-range in slider units (prior σ, or σ of the training codes) a code further than this many σ of the training codes from their mean is &quot;far&quot; families whose latent prior is N(0, I) (an autoencoder has none) the card&apos;s statistics are of prior draws, not of encoded data (a GAN: no encoder)</extracomment>
        <translation>z{j}：先验 N(0, 1) 的抽样（柱和线）；GAN 没有编码器，因此没有训练代码</translation>
    </message>
    <message>
        <source>mean {j:+.2f}, std {j2:.2f}</source>
        <translation>均值 {j:+.2f}，标准差 {j2:.2f}</translation>
    </message>
    <message>
        <source>z{j}: training codes (bars) vs the prior N(0, 1) (line); {stats}</source>
        <translation>z{j}：训练代码（柱）与先验 N(0, 1)（线）；{stats}</translation>
    </message>
    <message>
        <source>z{j}: codes of the test set (bars; an autoencoder has no prior); training codes {stats}</source>
        <translation>z{j}：测试集的代码（柱；自编码器没有先验）；训练代码 {stats}</translation>
    </message>
    <message>
        <source>; KL {j:.2f} nats</source>
        <translation>；KL {j:.2f} nats</translation>
    </message>
    <message>
        <source> — inactive</source>
        <translation> — 未激活</translation>
    </message>
    <message>
        <source> lie more than {far_sigmas:g} standard deviations from the training codes</source>
        <translation> 偏离训练代码超过 {far_sigmas:g} 个标准差</translation>
    </message>
    <message>
        <source>‖z‖² = {q:.1f} is beyond the prior&apos;s 99.9 % quantile ({q999:.1f})</source>
        <translation>‖z‖² = {q:.1f} 超出先验的 99.9% 分位数（{q999:.1f}）</translation>
    </message>
</context>
<context>
    <name>LatentView</name>
    <message>
        <source>Open the shipped MNIST VAE (d = 2)</source>
        <translation>打开自带的 MNIST VAE（d = 2）</translation>
    </message>
    <message>
        <source>No latent-variable model loaded</source>
        <translation>未加载潜变量模型</translation>
    </message>
    <message>
        <source>This view puts a slider on every latent dimension of a trained VAE, autoencoder or probabilistic PCA and redraws the decoded image as you drag, with a map of the encoded test set.&lt;br&gt;&lt;br&gt;Use &lt;b&gt;File → Open model…&lt;/b&gt; (Ctrl+O) and pick a folder whose card says &lt;code&gt;&quot;kind&quot;: &quot;latent&quot;&lt;/code&gt;.</source>
        <translation>此视图为已训练的 VAE、自编码器或概率 PCA 的每个潜在维度提供一个滑块，并在拖动时重绘解码图像，同时显示已编码测试集的地图。&lt;br&gt;&lt;br&gt;使用&lt;b&gt;文件 → 打开模型…&lt;/b&gt;（Ctrl+O），选择模型卡中写有 &lt;code&gt;&quot;kind&quot;: &quot;latent&quot;&lt;/code&gt; 的文件夹。</translation>
    </message>
    <message>
        <source>shipped latent models</source>
        <translation>自带的潜变量模型</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <source>z = 0, the prior mean</source>
        <translation>z = 0，先验均值</translation>
    </message>
    <message>
        <source>Randomise</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>draw z ~ N(0, I): generation is sampling from the prior</source>
        <translation>抽取 z ~ N(0, I)：生成就是从先验中采样</translation>
    </message>
    <message>
        <source>truncation ψ</source>
        <translation>截断 ψ</translation>
    </message>
    <message>
        <source>ψ &lt; 1 pulls every code toward the prior&apos;s centre (the style generator: w toward the mean w̄): more typical, cleaner images, less variety; ψ = 0 is one average image</source>
        <translation>ψ &lt; 1 将每个代码拉向先验中心（风格生成器：w 拉向均值 w̄）：图像更典型、更干净，但多样性更少；ψ = 0 为单一的平均图像</translation>
    </message>
    <message>
        <source>Train a latent model…</source>
        <translation>训练潜变量模型…</translation>
    </message>
    <message>
        <source>run a recipe (VAE, AE, PCA; shipped data or your images) in a separate process and open the result</source>
        <translation>在单独的进程中运行配方（VAE、AE、PCA；自带数据或你的图像）并打开结果</translation>
    </message>
    <message>
        <source>decoded x = g(z)</source>
        <translation>解码的 x = g(z)</translation>
    </message>
    <message>
        <source>second model, same z</source>
        <translation>第二个模型，相同的 z</translation>
    </message>
    <message>
        <source>compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>map axes</source>
        <translation>地图坐标轴</translation>
    </message>
    <message>
        <source>PCA of z</source>
        <translation>z 的 PCA</translation>
    </message>
    <message>
        <source>show the test codes along their two principal directions (for d &gt; 2); dragging the point moves z in that plane</source>
        <translation>沿两个主方向显示测试代码（d &gt; 2 时）；拖动该点会在该平面内移动 z</translation>
    </message>
    <message>
        <source>manifold grid</source>
        <translation>流形网格</translation>
    </message>
    <message>
        <source>decode a {manifold_n}×{manifold_n} grid of codes over the visible region (other dimensions fixed at z)</source>
        <translation>在可见区域上解码 {manifold_n}×{manifold_n} 的代码网格（其他维度固定为 z）</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>编码图像</translation>
    </message>
    <message>
        <source>Bookmarks and interpolation</source>
        <translation>书签与插值</translation>
    </message>
    <message>
        <source>Traversal grid</source>
        <translation>遍历网格</translation>
    </message>
    <message>
        <source>Style mixing</source>
        <translation>风格混合</translation>
    </message>
    <message>
        <source>Invert an image</source>
        <translation>反演图像</translation>
    </message>
    <message>
        <source>test images — click one to encode it</source>
        <translation>测试图像 — 点击一张进行编码</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Encode an image file…</source>
        <translation>编码图像文件…</translation>
    </message>
    <message>
        <source>original x</source>
        <translation>原始 x</translation>
    </message>
    <message>
        <source>reconstruction g(f(x))</source>
        <translation>重建 g(f(x))</translation>
    </message>
    <message>
        <source>reconstruction error: click a test image or encode a file</source>
        <translation>重建误差：点击一张测试图像或编码一个文件</translation>
    </message>
    <message>
        <source>double-click: jump to this z</source>
        <translation>双击：跳转到此 z</translation>
    </message>
    <message>
        <source>Bookmark z…</source>
        <translation>书签 z…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>spherical</source>
        <translation>球面</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Strip PNG…</source>
        <translation>条带 PNG…</translation>
    </message>
    <message>
        <source>GIF…</source>
        <translation>GIF…</translation>
    </message>
    <message>
        <source>each row: one dimension swept over −3σ … +3σ, the others fixed at the current z</source>
        <translation>每行：一个维度在 −3σ … +3σ 上扫过，其他维度固定为当前 z</translation>
    </message>
    <message>
        <source>{name} (opened)</source>
        <translation>{name}（已打开）</translation>
    </message>
    <message>
        <source>test ELBO {test_elbo_nats:.1f} nats/image</source>
        <translation>测试 ELBO {test_elbo_nats:.1f} nats/图像</translation>
    </message>
    <message>
        <source>test log-likelihood {test_log_likelihood_nats:.1f} nats/image</source>
        <translation>测试对数似然 {test_log_likelihood_nats:.1f} nats/图像</translation>
    </message>
    <message>
        <source>reconstruction MSE {test_mse:.4f}</source>
        <translation>重建 MSE {test_mse:.4f}</translation>
    </message>
    <message>
        <source>5-NN accuracy in z {test_knn5_accuracy:.1%}</source>
        <translation>z 中的 5-NN 准确率 {test_knn5_accuracy:.1%}</translation>
    </message>
    <message>
        <source>samples classified with ≥ 90 % confidence {confident_share:.0%}</source>
        <translation>以 ≥ 90% 置信度被分类的样本 {confident_share:.0%}</translation>
    </message>
    <message>
        <source>Fréchet distance {frechet_distance:.1f}</source>
        <translation>Fréchet 距离 {frechet_distance:.1f}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{family}&lt;/b&gt;, d = {latent_dim}, on {name}&lt;br&gt;&lt;small&gt;{figs}&lt;/small&gt;</source>
        <translation>&lt;b&gt;{family}&lt;/b&gt;，d = {latent_dim}，基于 {name}&lt;br&gt;&lt;small&gt;{figs}&lt;/small&gt;</translation>
    </message>
    <message>
        <source>0, the prior mean</source>
        <translation>0，先验均值</translation>
    </message>
    <message>
        <source>w̄, the mean of mapped prior draws</source>
        <translation>w̄，映射后先验抽样的均值</translation>
    </message>
    <message>
        <source>the mean of the training codes</source>
        <translation>训练代码的均值</translation>
    </message>
    <message>
        <source>draw z from a Gaussian fitted to the training codes (an autoencoder has no prior)</source>
        <translation>从拟合训练代码的高斯分布中抽取 z（自编码器没有先验）</translation>
    </message>
    <message>
        <source>z = 0, the prior mean — not a typical draw: samples of N(0, I) lie at ‖z‖ ≈ {dim:.0f}</source>
        <translation>z = 0，先验均值 — 并非典型抽样：N(0, I) 的样本位于 ‖z‖ ≈ {dim:.0f}</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;far outside the data&lt;/b&gt;: </source>
        <translation>⚠ &lt;b&gt;远离数据&lt;/b&gt;：</translation>
    </message>
    <message>
        <source> — the decoder has never been trained here.</source>
        <translation> — 解码器从未在此处训练过。</translation>
    </message>
    <message>
        <source>preparing the test set…</source>
        <translation>正在准备测试集…</translation>
    </message>
</context>
<context>
    <name>LiveTraining</name>
    <message>
        <source>at least 2 training points are needed to fit a model</source>
        <translation>拟合模型至少需要 2 个训练点</translation>
    </message>
</context>
<context>
    <name>LiveTrainingPanel</name>
    <message>
        <source>Training {label} live…</source>
        <translation>正在实时训练 {label}…</translation>
    </message>
    <message>
        <source>Training {label}: step {step}/{total}, train NLL {train_nll}, held-out {val_nll} nats.</source>
        <translation>正在训练 {label}：第 {step}/{total} 步，训练 NLL {train_nll}，留出 {val_nll} nats。</translation>
    </message>
    <message>
        <source>{label}: scoring…</source>
        <translation>{label}：正在评分…</translation>
    </message>
    <message>
        <source>Training stopped: {error}</source>
        <translation>训练已停止：{error}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>LoadedModel</name>
    <message>
        <source>{family} on {name} ({name2})</source>
        <translation>{family}，基于 {name}（{name2}）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Density</source>
        <extracomment>what each tab is called: the third shows every step sampler (diffusion, PixelCNN, RBM); the fourth, the Gallery, shows no model of its own (it opens them in the others)</extracomment>
        <translation>密度</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>潜空间</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>逐步执行</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>画廊</translation>
    </message>
    <message>
        <source>latent</source>
        <extracomment>how the status bar&apos;s model label names a tab (translated where it is shown)</extracomment>
        <translation>潜空间</translation>
    </message>
    <message>
        <source>diffusion</source>
        <translation>扩散</translation>
    </message>
    <message>
        <source>Latent Explorer</source>
        <extracomment>the tabs that show one model (each has a ModelSlot)</extracomment>
        <translation>Latent Explorer</translation>
    </message>
    <message>
        <source>no model file opened</source>
        <translation>未打开模型文件</translation>
    </message>
    <message>
        <source>Ready. File → Open model… (Ctrl+O) loads a trained model.</source>
        <translation>就绪。文件 → 打开模型…（Ctrl+O）可加载已训练的模型。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a model folder (model.safetensors + card.json)</source>
        <translation>打开模型文件夹（model.safetensors + card.json）</translation>
    </message>
    <message>
        <source>&amp;Export view as PNG…</source>
        <translation>将视图导出为 PNG(&amp;E)…</translation>
    </message>
    <message>
        <source>Save a picture of the current view</source>
        <translation>保存当前视图的图片</translation>
    </message>
    <message>
        <source>&amp;Train a model…</source>
        <translation>训练模型(&amp;T)…</translation>
    </message>
    <message>
        <source>Run a training recipe for the current view in a separate process and open the result</source>
        <translation>在单独的进程中为当前视图运行训练配方并打开结果</translation>
    </message>
    <message>
        <source>Train a&amp;nother kind of model</source>
        <translation>训练其他类型的模型(&amp;N)</translation>
    </message>
    <message>
        <source>a 2D density (any family)…</source>
        <translation>2D 密度（任意族）…</translation>
    </message>
    <message>
        <source>a VAE / autoencoder / PCA…</source>
        <translation>VAE / 自编码器 / PCA…</translation>
    </message>
    <message>
        <source>an image GAN (DCGAN / style-based)…</source>
        <translation>图像 GAN（DCGAN / 基于风格）…</translation>
    </message>
    <message>
        <source>a diffusion model…</source>
        <translation>扩散模型…</translation>
    </message>
    <message>
        <source>a PixelCNN (pixel by pixel)…</source>
        <translation>PixelCNN（逐像素）…</translation>
    </message>
    <message>
        <source>a restricted Boltzmann machine…</source>
        <translation>受限玻尔兹曼机…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Model &amp;card…</source>
        <translation>模型卡(&amp;C)…</translation>
    </message>
    <message>
        <source>What the model in this view is, how it was trained and how well</source>
        <translation>此视图中的模型是什么、如何训练以及效果如何</translation>
    </message>
    <message>
        <source>&amp;About Latent Explorer</source>
        <translation>关于 Latent Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Open model folder</source>
        <translation>打开模型文件夹</translation>
    </message>
    <message>
        <source>Opening {path} …</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <source> — still opening </source>
        <translation> — 仍在打开 </translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
    <message>
        <source>{name} holds a {kind} model, which the {tab} view does not show; it stays as it is.</source>
        <translation>{name} 包含一个 {kind} 模型，{tab} 视图不显示此类模型；保持原样。</translation>
    </message>
    <message>
        <source>Kept the model you opened in the {tab} view.</source>
        <translation>保留了你在 {tab} 视图中打开的模型。</translation>
    </message>
    <message>
        <source>Could not show the model.</source>
        <translation>无法显示该模型。</translation>
    </message>
    <message>
        <source>Could not show model</source>
        <translation>无法显示模型</translation>
    </message>
    <message>
        <source>{path} was read but could not be shown because of an unexpected error ({name}: {e}).</source>
        <translation>已读取 {path}，但由于意外错误无法显示（{name}：{e}）。</translation>
    </message>
    <message>
        <source>Opened {title}</source>
        <translation>已打开 {title}</translation>
    </message>
    <message>
        <source>{name} on the density canvas: its NLL by the probability-flow ODE (a few seconds); the heatmap is a density estimate of its samples.</source>
        <translation>{name} 已放到密度画布上：其 NLL 由概率流 ODE 计算（需几秒）；热图是对其样本的密度估计。</translation>
    </message>
    <message>
        <source>{path} could not be opened because of an unexpected error ({name}: {error}).</source>
        <translation>由于意外错误无法打开 {path}（{name}：{error}）。</translation>
    </message>
    <message>
        <source>Could not open the model; nothing was changed.</source>
        <translation>无法打开该模型；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>{name}: double-click a model to open it</source>
        <translation>{name}：双击一个模型以打开</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <translation>{name}：{title}</translation>
    </message>
    <message>
        <source>{name}: no model open</source>
        <translation>{name}：未打开模型</translation>
    </message>
    <message>
        <source> on {data}</source>
        <translation> 基于 {data}</translation>
    </message>
    <message>
        <source>density: no model{on}</source>
        <translation>密度：无模型{on}</translation>
    </message>
    <message>
        <source>density: {title}</source>
        <translation>密度：{title}</translation>
    </message>
    <message>
        <source>density: {label}{on}</source>
        <translation>密度：{label}{on}</translation>
    </message>
    <message>
        <source>No model card</source>
        <translation>无模型卡</translation>
    </message>
    <message>
        <source>The {name} view shows many models; open one (double-click its row) to see its card.</source>
        <translation>{name} 视图显示多个模型；打开其中一个（双击其所在行）以查看其模型卡。</translation>
    </message>
    <message>
        <source>No model file is open in the {name} view. Models fitted in the app have no card until they are trained with python -m training.</source>
        <translation>{name} 视图中未打开模型文件。在应用中拟合的模型在用 python -m training 训练之前没有模型卡。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latent Explorer {version}&lt;/h3&gt;&lt;p&gt;A desktop lab for seeing how generative models work: densities fitted by maximum likelihood, latent spaces, and diffusion, with models it trains itself on your CPU.&lt;/p&gt;&lt;p&gt;Qt {qversion} · PySide6 {pyside_version} · pyqtgraph {version2} · torch {version3} · numpy {version4} · Python {python_version}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latent Explorer {version}&lt;/h3&gt;&lt;p&gt;一个用于观察生成模型如何工作的桌面实验室：用最大似然拟合的密度、潜空间和扩散，模型在你的 CPU 上自行训练。&lt;/p&gt;&lt;p&gt;Qt {qversion} · PySide6 {pyside_version} · pyqtgraph {version2} · torch {version3} · numpy {version4} · Python {python_version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Latent Explorer</source>
        <translation>关于 Latent Explorer</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>将视图导出为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Could not write {path} (is the folder writable?).</source>
        <translation>无法写入 {path}（该文件夹是否可写？）。</translation>
    </message>
</context>
<context>
    <name>MaskPainter</name>
    <message>
        <source>Pixels kept (paint them)</source>
        <extracomment>the tint of kept pixels (RGB) and how strongly it is mixed in</extracomment>
        <translation>保留的像素（请涂抹）</translation>
    </message>
    <message>
        <source>brush radius in pixels (0: one pixel)</source>
        <translation>画笔半径（像素，0：单个像素）</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>left drag erases instead of painting (right drag always erases)</source>
        <translation>左键拖动时擦除而非绘制（右键拖动总是擦除）</translation>
    </message>
    <message>
        <source>brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>上半</translation>
    </message>
    <message>
        <source>keep the top half</source>
        <translation>保留上半部分</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左半</translation>
    </message>
    <message>
        <source>keep the left half</source>
        <translation>保留左半部分</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>keep nothing (sample every pixel)</source>
        <translation>不保留任何像素（对每个像素采样）</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反转</translation>
    </message>
    <message>
        <source>keep what is free and free what is kept</source>
        <translation>保留空闲的部分，释放已保留的部分</translation>
    </message>
    <message>
        <source>unknown preset {name!r}</source>
        <translation>未知预设 {name!r}</translation>
    </message>
    <message>
        <source>{kept} of {size} pixels kept; the sampler draws the other {kept2}</source>
        <translation>已保留 {size} 个像素中的 {kept} 个；采样器生成其余 {kept2} 个</translation>
    </message>
</context>
<context>
    <name>ModelBox</name>
    <message>
        <source>family:</source>
        <translation>族：</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <source>Fit the family to the training points (maximum likelihood); iterative families train live</source>
        <translation>将该族拟合到训练点（最大似然）；迭代族会实时训练</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>one progress report of the trainer: an EM iteration, or 50 optimisation steps</source>
        <translation>训练器的一次进度报告：一次 EM 迭代或 50 个优化步</translation>
    </message>
    <message>
        <source>Fit ladder</source>
        <translation>拟合阶梯</translation>
    </message>
    <message>
        <source>Fit {ladder_text} in turn</source>
        <translation>依次拟合 {ladder_text}</translation>
    </message>
    <message>
        <source>Open the shipped model for this data set</source>
        <translation>打开此数据集的自带模型</translation>
    </message>
</context>
<context>
    <name>ModelCardDialog</name>
    <message>
        <source>Model card — {path}</source>
        <translation>模型卡 — {path}</translation>
    </message>
</context>
<context>
    <name>ModelLabel</name>
    <message>
        <source>Box</source>
        <extracomment>the families&apos; short names (``Family.short``, a loaded DDPM&apos;s &quot;DDPM&quot;), marked for lupdate</extracomment>
        <translation>盒子</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>Factorised</source>
        <translation>因子化</translation>
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
        <translation>流</translation>
    </message>
    <message>
        <source>Autoregressive</source>
        <translation>自回归</translation>
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
        <translation>非饱和损失</translation>
    </message>
    <message>
        <source>least-squares loss</source>
        <translation>最小二乘损失</translation>
    </message>
    <message>
        <source>spectral norm</source>
        <translation>谱归一化</translation>
    </message>
    <message>
        <source>R1 penalty {gamma}</source>
        <translation>R1 惩罚 {gamma}</translation>
    </message>
    <message>
        <source>GMM K={k}</source>
        <translation>GMM K={k}</translation>
    </message>
    <message>
        <source>KDE (held-out bandwidth)</source>
        <translation>KDE（验证集选定带宽）</translation>
    </message>
    <message>
        <source>KDE (Scott&apos;s rule)</source>
        <translation>KDE（Scott 规则）</translation>
    </message>
    <message>
        <source>KDE (bandwidth {h})</source>
        <translation>KDE（带宽 {h}）</translation>
    </message>
    <message>
        <source>Flow {layers}×{hidden}</source>
        <translation>流 {layers}×{hidden}</translation>
    </message>
    <message>
        <source>Autoregressive {d}×{d}</source>
        <translation>自回归 {d}×{d}</translation>
    </message>
    <message>
        <source>GAN, {q}D noise, {parts}</source>
        <translation>GAN，{q} 维噪声，{parts}</translation>
    </message>
</context>
<context>
    <name>OpenedModels</name>
    <message>
        <source>No shipped model for this data set</source>
        <translation>此数据集没有自带模型</translation>
    </message>
    <message>
        <source>Open the shipped {first} for this data set</source>
        <translation>打开此数据集自带的 {first}</translation>
    </message>
    <message>
        <source> (+{found} more)</source>
        <translation> （另有 {found} 个）</translation>
    </message>
    <message>
        <source>No shipped model for this data set.</source>
        <translation>此数据集没有自带模型。</translation>
    </message>
    <message>
        <source>Could not open the shipped model</source>
        <translation>无法打开自带模型</translation>
    </message>
    <message>
        <source>Scoring {name} on {name2}…</source>
        <translation>正在 {name2} 上为 {name} 评分…</translation>
    </message>
</context>
<context>
    <name>ParityButton</name>
    <message>
        <source>Quality vs steps…</source>
        <translation>质量与步数…</translation>
    </message>
    <message>
        <source>how each sampler&apos;s samples score against the number of steps, measured for this model</source>
        <translation>各采样器的样本得分随步数的变化，针对此模型测得</translation>
    </message>
    <message>
        <source>this model&apos;s card has no solver parity table (python -m benchmarks.solvers --write-card measures one)</source>
        <translation>此模型的卡片没有求解器对照表（python -m benchmarks.solvers --write-card 可测量）</translation>
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
        <translation>log p_data = {lt}（真实值）</translation>
    </message>
    <message>
        <source>log p_data ≈ {lt} (KDE estimate)</source>
        <translation>log p_data ≈ {lt}（KDE 估计）</translation>
    </message>
    <message>
        <source>on land</source>
        <translation>在陆地上</translation>
    </message>
    <message>
        <source>in the sea</source>
        <translation>在海里</translation>
    </message>
    <message>
        <source>off the map (longitude ±180°, latitude ±90°)</source>
        <translation>在地图之外（经度 ±180°，纬度 ±90°）</translation>
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
        <translation>提示与引导</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>classifier-free guidance scale s</source>
        <translation>无分类器引导强度 s</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>引导</translation>
    </message>
    <message>
        <source>s = 0: the unconditional model; s = 1: the conditional one; s &amp;gt; 1: pushed further towards the class</source>
        <translation>s = 0：无条件模型；s = 1：条件模型；s &amp;gt; 1：更强地推向该类</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#286edc&apos;&gt;━ accuracy&lt;/span&gt; · &lt;span style=&apos;color:#e6781e&apos;&gt;━ diversity&lt;/span&gt; — dashed: the card (all classes), solid: this prompt</source>
        <translation>&lt;span style=&apos;color:#286edc&apos;&gt;━ 准确率&lt;/span&gt; · &lt;span style=&apos;color:#e6781e&apos;&gt;━ 多样性&lt;/span&gt; — 虚线：模型卡（所有类），实线：此提示</translation>
    </message>
    <message>
        <source>Measure for this prompt</source>
        <translation>为此提示测量</translation>
    </message>
    <message>
        <source>sample {n} images per guidance scale for the prompted class (fast solver, 20 steps) and plot how many are classified as that class and how varied they are</source>
        <translation>对所提示的类，在每个引导强度下采样 {n} 张图像（快速求解器，20 步），并绘出其中被分类为该类的比例及其多样程度</translation>
    </message>
    <message>
        <source>a digit: 7, seven, siete, sete, 七 …</source>
        <translation>一个数字：7、七、seven、siete …</translation>
    </message>
    <message>
        <source>a class: {names}</source>
        <translation>一个类：{names}</translation>
    </message>
    <message>
        <source>Dashed: measured for the card over all classes ({n} per class, {sampler}); accuracy = share classified as the prompted class, diversity = spread of the samples ÷ spread of real examples of that class.</source>
        <translation>虚线：为模型卡在所有类上测得（每类 {n} 个，{sampler}）；准确率 = 被分类为所提示类的比例，多样性 = 样本的离散度 ÷ 该类真实样例的离散度。</translation>
    </message>
    <message>
        <source>No prompt: the unconditional model (∅) draws.</source>
        <translation>无提示：由无条件模型（∅）生成。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b03020&apos;&gt;Not understood&lt;/span&gt; — name one class: {hint}</source>
        <translation>&lt;span style=&apos;color:#b03020&apos;&gt;无法理解&lt;/span&gt; — 请指定一个类：{hint}</translation>
    </message>
    <message>
        <source>→ class &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>→ 类 &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — &lt;span style=&apos;color:#b03020&apos;&gt;the training set has no example of it&lt;/span&gt;: its label was never learned, so what the model draws for it means nothing</source>
        <translation> — &lt;span style=&apos;color:#b03020&apos;&gt;训练集中没有它的样例&lt;/span&gt;：它的标签从未被学习，因此模型为它生成的内容毫无意义</translation>
    </message>
    <message>
        <source>Type a prompt the model understands first.</source>
        <translation>请先输入模型能理解的提示。</translation>
    </message>
    <message>
        <source>Solid: measured now for class {name}, {n} samples per point.</source>
        <translation>实线：刚为类 {name} 测得，每点 {n} 个样本。</translation>
    </message>
    <message>
        <source>Measuring s = {s:g} ({i} of {n}) …</source>
        <translation>正在测量 s = {s:g}（第 {i} / {n} 个）…</translation>
    </message>
    <message>
        <source>The measure failed: {e}</source>
        <translation>测量失败：{e}</translation>
    </message>
</context>
<context>
    <name>RBMFiltersPanel</name>
    <message>
        <source>filters W (one per hidden unit)</source>
        <translation>滤波器 W（每个隐藏单元一个）</translation>
    </message>
    <message>
        <source>Each tile is one hidden unit&apos;s weights to the pixels: red pixels switch the unit on, blue ones switch it off.</source>
        <translation>每个图块是一个隐藏单元到各像素的权重：红色像素激活该单元，蓝色像素抑制它。</translation>
    </message>
    <message>
        <source>{shown} of {n} units · colour scale ±{s:.2g}</source>
        <translation>{n} 个单元中的 {shown} 个 · 颜色范围 ±{s:.2g}</translation>
    </message>
    <message>
        <source>{n} units · colour scale ±{s:.2g}</source>
        <translation>{n} 个单元 · 颜色范围 ±{s:.2g}</translation>
    </message>
</context>
<context>
    <name>ReverseDrawing</name>
    <message>
        <source>particles x_t</source>
        <translation>粒子 x_t</translation>
    </message>
    <message>
        <source>−ε̂ (towards the data)</source>
        <translation>−ε̂（指向数据）</translation>
    </message>
    <message>
        <source>computing x_T …</source>
        <translation>正在计算 x_T…</translation>
    </message>
    <message>
        <source>x₀ reached</source>
        <translation>已到达 x₀</translation>
    </message>
    <message>
        <source>step &lt;b&gt;{index}&lt;/b&gt; / {total} · {where} · {label}</source>
        <translation>第 &lt;b&gt;{index}&lt;/b&gt; / {total} 步 · {where} · {label}</translation>
    </message>
    <message>
        <source>x₀ (final sample)</source>
        <translation>x₀（最终样本）</translation>
    </message>
    <message>
        <source>std {std:.2f}</source>
        <translation>标准差 {std:.2f}</translation>
    </message>
    <message>
        <source>computing ε̂ …</source>
        <translation>正在计算 ε̂…</translation>
    </message>
    <message>
        <source>(no prediction after the last step)</source>
        <translation>（最后一步之后没有预测）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — sample {i}, step {k} / {total}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — 样本 {i}，第 {k} / {total} 步</translation>
    </message>
    <message>
        <source>batch: x_t</source>
        <translation>批次：x_t</translation>
    </message>
    <message>
        <source>batch: x̂₀</source>
        <translation>批次：x̂₀</translation>
    </message>
    <message>
        <source>click an image to follow it (selected: {i})</source>
        <translation>点击一张图像以跟踪它（已选：{i}）</translation>
    </message>
    <message>
        <source>{label} · step {k}/{total} · </source>
        <translation>{label} · 第 {k}/{total} 步 · </translation>
    </message>
    <message>
        <source>energy distance to p_data &lt;b&gt;{energy_distance:.4f}&lt;/b&gt; (two real samples: {energy_distance_floor:.4f})</source>
        <translation>到 p_data 的能量距离 &lt;b&gt;{energy_distance:.4f}&lt;/b&gt;（两个真实样本：{energy_distance_floor:.4f}）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:rgb(220,30,30)&apos;&gt;●&lt;/span&gt; A off-support {share_off_support:.1%} · &lt;span style=&apos;color:rgb(170,60,230)&apos;&gt;●&lt;/span&gt; B memorised {share_memorised:.1%} · &lt;span style=&apos;color:rgb(20,200,90)&apos;&gt;●&lt;/span&gt; C plausible {share_plausible:.1%} (colours on the final particles)</source>
        <translation>&lt;span style=&apos;color:rgb(220,30,30)&apos;&gt;●&lt;/span&gt; A 支撑集之外 {share_off_support:.1%} · &lt;span style=&apos;color:rgb(170,60,230)&apos;&gt;●&lt;/span&gt; B 记忆 {share_memorised:.1%} · &lt;span style=&apos;color:rgb(20,200,90)&apos;&gt;●&lt;/span&gt; C 合理 {share_plausible:.1%}（颜色标在最终粒子上）</translation>
    </message>
    <message>
        <source>Final samples ({final}): </source>
        <translation>最终样本（{final}）：</translation>
    </message>
    <message>
        <source>could not score the samples: {e}</source>
        <translation>无法为样本评分：{e}</translation>
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
        <translation>ᾱ_t（信号²）</translation>
    </message>
    <message>
        <source>√(1−ᾱ_t) (noise)</source>
        <translation>√(1−ᾱ_t)（噪声）</translation>
    </message>
    <message>
        <source>{name}, T = {t}: &lt;span style=&apos;color:#1e1e1e&apos;&gt;ᾱ_t&lt;/span&gt; · &lt;span style=&apos;color:#c83c28&apos;&gt;√(1−ᾱ_t)&lt;/span&gt; · &lt;span style=&apos;color:#286edc&apos;&gt;β_t × 50&lt;/span&gt;</source>
        <translation>{name}，T = {t}：&lt;span style=&apos;color:#1e1e1e&apos;&gt;ᾱ_t&lt;/span&gt; · &lt;span style=&apos;color:#c83c28&apos;&gt;√(1−ᾱ_t)&lt;/span&gt; · &lt;span style=&apos;color:#286edc&apos;&gt;β_t × 50&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ScoreboardPanel</name>
    <message>
        <source>&lt;b&gt;Samples from {label}&lt;/b&gt; (1,000):&lt;br&gt;{off} &lt;small&gt;({support_rule})&lt;/small&gt;&lt;br&gt;{mem} &lt;small&gt;(closer to a training point than 99 % of training points are to their nearest neighbour)&lt;/small&gt;&lt;br&gt;{ok}</source>
        <translation>&lt;b&gt;来自 {label} 的样本&lt;/b&gt;（1,000 个）：&lt;br&gt;{off} &lt;small&gt;（{support_rule}）&lt;/small&gt;&lt;br&gt;{mem} &lt;small&gt;（离某个训练点的距离比 99% 的训练点离其最近邻还近）&lt;/small&gt;&lt;br&gt;{ok}</translation>
    </message>
    <message>
        <source>A off-support: {off:.1%}</source>
        <translation>A 支撑集之外：{off:.1%}</translation>
    </message>
    <message>
        <source>B memorised: {mem:.1%}</source>
        <translation>B 记忆：{mem:.1%}</translation>
    </message>
    <message>
        <source>C plausible: {ok:.1%}</source>
        <translation>C 合理：{ok:.1%}</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Density: the live-training curve (the models are saved)</source>
        <extracomment>what the view does not save (shown in the status bar when a session opens)</extracomment>
        <translation>密度：实时训练曲线（模型会被保存）</translation>
    </message>
    <message>
        <source>Step-through: the playback speed and the 2D trails / ε̂-field switches</source>
        <extracomment>what the view does not save (shown in the status bar when a session opens)</extracomment>
        <translation>逐步执行：播放速度以及 2D 轨迹 / ε̂ 场开关</translation>
    </message>
    <message>
        <source>Latent: the compare-with model, the interpolation path, the map axes and grid, an encoded image, the style-mixing and inversion settings</source>
        <extracomment>what the view does not save (shown in the status bar when a session opens)</extracomment>
        <translation>潜空间：比较模型、插值路径、地图坐标轴和网格、已编码的图像、风格混合和反演设置</translation>
    </message>
    <message>
        <source>Latent Explorer session (*.lexsession)</source>
        <translation>Latent Explorer 会话 (*.lexsession)</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <extracomment>tests replace this to answer &quot;replace your drawing?&quot; without a modal loop</extracomment>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <source>Save what every view shows (data, models, z, steps) in one .lexsession file</source>
        <translation>将每个视图显示的内容（数据、模型、z、步）保存到一个 .lexsession 文件中</translation>
    </message>
    <message>
        <source>Open sess&amp;ion…</source>
        <translation>打开会话(&amp;I)…</translation>
    </message>
    <message>
        <source>Reopen a saved session exactly as it was</source>
        <translation>按原样重新打开已保存的会话</translation>
    </message>
    <message>
        <source>Open &amp;recent session</source>
        <translation>打开最近的会话(&amp;R)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Saved the session to {written}</source>
        <translation>会话已保存到 {written}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>{filter};;All files (*)</source>
        <translation>{filter};;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening the session {name} …</source>
        <translation>正在打开会话 {name}…</translation>
    </message>
    <message>
        <source>{path} could not be opened because of an unexpected error ({name}: {error}).</source>
        <translation>由于意外错误无法打开 {path}（{name}：{error}）。</translation>
    </message>
    <message>
        <source>Could not open the session; nothing was changed.</source>
        <translation>无法打开会话；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>Replace your drawing?</source>
        <translation>替换你的绘图？</translation>
    </message>
    <message>
        <source>Session not opened; your drawing is unchanged.</source>
        <translation>未打开会话；你的绘图未改变。</translation>
    </message>
    <message>
        <source>Could not show the session.</source>
        <translation>无法显示会话。</translation>
    </message>
    <message>
        <source>Could not show the session</source>
        <translation>无法显示会话</translation>
    </message>
    <message>
        <source>{path} was read but could not be shown because of an unexpected error ({name}: {e}).</source>
        <translation>已读取 {path}，但由于意外错误无法显示（{name}：{e}）。</translation>
    </message>
    <message>
        <source>Opened the session {name}.</source>
        <translation>已打开会话 {name}。</translation>
    </message>
    <message>
        <source> Not restored: </source>
        <translation> 未恢复：</translation>
    </message>
    <message>
        <source> Note: </source>
        <translation> 注意：</translation>
    </message>
    <message>
        <source>Removed from the recent sessions (the files are gone): </source>
        <translation>已从最近会话中移除（文件已不存在）：</translation>
    </message>
</context>
<context>
    <name>SliderRow</name>
    <message>
        <source>reset {symbol}{j} to {centre:+.2f}</source>
        <translation>将 {symbol}{j} 重置为 {centre:+.2f}</translation>
    </message>
    <message>
        <source> (the prior mean)</source>
        <translation> （先验均值）</translation>
    </message>
    <message>
        <source> (the mean of the training codes)</source>
        <translation> （训练代码的均值）</translation>
    </message>
    <message>
        <source>{tip}; slider: {lo:+.2f} … {hi:+.2f}</source>
        <translation>{tip}；滑块：{lo:+.2f} … {hi:+.2f}</translation>
    </message>
</context>
<context>
    <name>SolverParityDialog</name>
    <message>
        <source>Quality against steps — {model}</source>
        <extracomment>one colour per sampler (DDIM&apos;s other step counts included)</extracomment>
        <translation>质量与步数 — {model}</translation>
    </message>
    <message>
        <source>Quality against steps</source>
        <translation>质量与步数</translation>
    </message>
    <message>
        <source>Every sampler from the same x_T, {n} samples each, scored by the shipped digit classifier. Dashed: DDIM-50; shaded: no worse than it (at most {pts:g} point fewer confident digits, a Fréchet distance at most {pct:g} % higher). Ringed: the view&apos;s default.</source>
        <translation>每个采样器从同一个 x_T 出发，各 {n} 个样本，由内置的数字分类器评分。虚线：DDIM-50；阴影：不比它差（有把握的数字最多少 {pts:g} 个百分点，Fréchet 距离最多高 {pct:g} %）。圆圈：本视图的默认设置。</translation>
    </message>
    <message>
        <source>confident ≥ 0.9 (%)</source>
        <translation>置信度 ≥ 0.9 (%)</translation>
    </message>
    <message>
        <source>Fréchet distance (lower is better)</source>
        <translation>Fréchet 距离（越低越好）</translation>
    </message>
    <message>
        <source>steps (network evaluations)</source>
        <translation>步数（网络评估次数）</translation>
    </message>
    <message>
        <source>default: {sampler}, {steps} steps</source>
        <translation>默认：{sampler}，{steps} 步</translation>
    </message>
    <message>
        <source> ({ratio:.2f} × DDIM-50&apos;s time)</source>
        <translation>（DDIM-50 用时的 {ratio:.2f} 倍）</translation>
    </message>
    <message>
        <source>on these {n} samples the fewest steps inside the band: {sampler}, {steps}</source>
        <translation>在这 {n} 个样本上，落在带内的最少步数：{sampler}，{steps}</translation>
    </message>
    <message>
        <source>measured {when} on {cpu}</source>
        <translation>{when} 在 {cpu} 上测得</translation>
    </message>
</context>
<context>
    <name>SpaceSwitch</name>
    <message>
        <source>sliders over</source>
        <translation>滑块作用于</translation>
    </message>
    <message>
        <source>z — the input noise</source>
        <translation>z — 输入噪声</translation>
    </message>
    <message>
        <source>w — after the mapping network</source>
        <translation>w — 经过映射网络后</translation>
    </message>
    <message>
        <source>z ~ N(0, I) is what the generator is fed; w = f(z) is what its layers are styled by. Single w coordinates tend to follow single factors of the digits more closely than z&apos;s</source>
        <translation>z ~ N(0, I) 是生成器的输入；w = f(z) 用于为其各层设置风格。单个 w 坐标往往比 z 的坐标更贴近数字的单个因素</translation>
    </message>
</context>
<context>
    <name>StepThroughView</name>
    <message>
        <source>Sampler</source>
        <extracomment>a panel kind a model declares (``step_panel_kinds``) → its colour map and levels; panels of no listed kind are grey images in [0, 1] panels per row: more go on the next row (a latent DDPM&apos;s row and the pixel DDPM&apos;s)</extracomment>
        <translation>采样器</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation>单步 ▶</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Run to end</source>
        <translation>运行到结束</translation>
    </message>
    <message>
        <source>Receptive field of one output</source>
        <translation>一个输出的感受野</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>|∂ logit / ∂ input|</source>
        <translation>|∂ logit / ∂ 输入|</translation>
    </message>
    <message>
        <source>sampling failed: {name}: {error}</source>
        <translation>采样失败：{name}：{error}</translation>
    </message>
    <message>
        <source>computing …</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>{secs:.1f} ms per step</source>
        <translation>每步 {secs:.1f} 毫秒</translation>
    </message>
    <message>
        <source>step {index} of {total} shown · {frames} computed · {per}</source>
        <translation>显示第 {index} / {total} 步 · 已计算 {frames} 步 · {per}</translation>
    </message>
    <message>
        <source>step {index} of {total}: {caption}</source>
        <translation>第 {index} / {total} 步：{caption}</translation>
    </message>
    <message>
        <source>output ({r}, {c}) (blank); zero = cannot see</source>
        <translation>输出 ({r}, {c})（空白）；零 = 看不到</translation>
    </message>
</context>
<context>
    <name>StyleMixPanel</name>
    <message>
        <source>seed A</source>
        <translation>种子 A</translation>
    </message>
    <message>
        <source>seed B</source>
        <translation>种子 B</translation>
    </message>
    <message>
        <source>A = the sliders&apos; z</source>
        <translation>A = 滑块的 z</translation>
    </message>
    <message>
        <source>take source A from the sliders: drag them and watch which features the coarse styles carry</source>
        <translation>从滑块获取源 A：拖动滑块，观察粗粒度风格承载了哪些特征</translation>
    </message>
    <message>
        <source>crossover</source>
        <translation>交叉点</translation>
    </message>
    <message>
        <source>styles before this layer come from A (coarse: shape, pose, thickness), the rest from B (fine: stroke detail)</source>
        <translation>此层之前的风格来自 A（粗：形状、姿态、粗细），其余来自 B（细：笔画细节）</translation>
    </message>
    <message>
        <source>mix</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>every crossover: all B (left) … all A (right)</source>
        <translation>每个交叉点：全 B（左）… 全 A（右）</translation>
    </message>
    <message>
        <source> (up to the {c}×{c} layers)</source>
        <translation> （直到 {c}×{c} 层）</translation>
    </message>
    <message>
        <source>all styles from &lt;b&gt;B&lt;/b&gt;: the mix is B</source>
        <translation>所有风格来自 &lt;b&gt;B&lt;/b&gt;：混合结果即 B</translation>
    </message>
    <message>
        <source>all styles from &lt;b&gt;A&lt;/b&gt;: the mix is A</source>
        <translation>所有风格来自 &lt;b&gt;A&lt;/b&gt;：混合结果即 A</translation>
    </message>
    <message>
        <source>styles 0–{c} from &lt;b&gt;A&lt;/b&gt;{where}, styles {c2}–{n} from &lt;b&gt;B&lt;/b&gt;: coarse layers set shape and pose, fine ones the strokes</source>
        <translation>风格 0–{c} 来自 &lt;b&gt;A&lt;/b&gt;{where}，风格 {c2}–{n} 来自 &lt;b&gt;B&lt;/b&gt;：粗层决定形状和姿态，细层决定笔画</translation>
    </message>
</context>
<context>
    <name>TestSetPanel</name>
    <message>
        <source>an unexpected error ({name}: {result})</source>
        <translation>意外错误（{name}：{result}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Could not open the second model</source>
        <translation>无法打开第二个模型</translation>
    </message>
    <message>
        <source>{family}, same z</source>
        <translation>{family}，相同的 z</translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <source>◀ Back</source>
        <extracomment>settings keys: the folder of the tour last shown and its stop the panel&apos;s width beside the views (where the window is wide enough), its height under them (a 1280 × 800 window: the views need ~1,080 pixels of width, not all 800 of height) the width of the title-and-buttons column when the panel lies under the views</extracomment>
        <translation>◀ 上一站</translation>
    </message>
    <message>
        <source>The previous stop (opens its session)</source>
        <translation>上一站（打开其会话）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一站 ▶</translation>
    </message>
    <message>
        <source>The next stop (opens its session)</source>
        <translation>下一站（打开其会话）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide the tour; Help → Tour brings it back at this stop</source>
        <translation>隐藏导览；帮助 → 导览 会在这一站重新打开它</translation>
    </message>
    <message>
        <source>No tour open</source>
        <translation>未打开导览</translation>
    </message>
    <message>
        <source>Help → Tour opens the guided tour of the chapter; Help → Open tour… opens a folder of your own (tour.toml and its .lexsession files).</source>
        <translation>帮助 → 导览 打开本章的导览；帮助 → 打开导览… 打开你自己的文件夹（tour.toml 及其 .lexsession 文件）。</translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation>第 {0} 站，共 {1} 站</translation>
    </message>
    <message>
        <source>Opening this stop&apos;s session ({0})…</source>
        <translation>正在打开这一站的会话（{0}）…</translation>
    </message>
    <message>
        <source>Opening the tour&apos;s stop {0} …</source>
        <translation>正在打开导览的第 {0} 站…</translation>
    </message>
    <message>
        <source>Stop {0} could not be shown: {1}</source>
        <translation>无法显示第 {0} 站：{1}</translation>
    </message>
    <message>
        <source>Stop {0} was not opened; your drawing is unchanged.</source>
        <translation>第 {0} 站未打开；你的绘图保持不变。</translation>
    </message>
    <message>
        <source>an unexpected error ({0}: {1})</source>
        <translation>一个意外错误（{0}：{1}）</translation>
    </message>
    <message>
        <source>Could not open the tour&apos;s stop; nothing was changed.</source>
        <translation>无法打开导览的这一站；未做任何更改。</translation>
    </message>
    <message>
        <source>Stop {0}&apos;s session {1} could not be opened, so the app shows what it showed before. {2}</source>
        <translation>无法打开第 {0} 站的会话 {1}，因此应用仍显示之前的内容。{2}</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source> The tour that was open stays.</source>
        <translation> 原先打开的导览保持不变。</translation>
    </message>
    <message>
        <source>Could not open the tour: {0}{1}</source>
        <translation>无法打开导览：{0}{1}</translation>
    </message>
    <message>
        <source>Open a tour folder</source>
        <translation>打开导览文件夹</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>导览(&amp;T)</translation>
    </message>
    <message>
        <source>A guided tour of the chapter: each stop opens a session and explains what it shows</source>
        <translation>本章的导览：每一站打开一个会话并解释其内容</translation>
    </message>
    <message>
        <source>Open t&amp;our…</source>
        <translation>打开导览(&amp;O)…</translation>
    </message>
    <message>
        <source>Open your own tour: a folder with tour.toml and the sessions it names</source>
        <translation>打开你自己的导览：一个包含 tour.toml 及其所列会话的文件夹</translation>
    </message>
</context>
<context>
    <name>TrainDialog</name>
    <message>
        <source>your images (folder / .npz / IDX)…</source>
        <translation>你的图像（文件夹 / .npz / IDX）…</translation>
    </message>
    <message>
        <source>your points (CSV)…</source>
        <translation>你的点（CSV）…</translation>
    </message>
    <message>
        <source>Train a {kind} model</source>
        <translation>训练 {kind} 模型</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>DCGAN (transposed convolutions)</source>
        <translation>DCGAN（转置卷积）</translation>
    </message>
    <message>
        <source>style-based (mapping network, modulated convolutions)</source>
        <translation>基于风格（映射网络，调制卷积）</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <source>training steps</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <source>gated (no blind spot)</source>
        <translation>门控（无盲点）</translation>
    </message>
    <message>
        <source>plain masked (has the blind spot)</source>
        <translation>普通掩码（有盲点）</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>persistent contrastive divergence (PCD)</source>
        <translation>持续对比散度（PCD）</translation>
    </message>
    <message>
        <source>CD-1 (chains restarted at the data)</source>
        <translation>CD-1（链在数据处重启）</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>hidden units: log Z is exact up to 20, by AIS above</source>
        <translation>隐藏单元：20 个以内 log Z 精确计算，以上用 AIS</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>family</source>
        <translation>族</translation>
    </message>
    <message>
        <source>latent dimensions</source>
        <translation>潜在维度</translation>
    </message>
    <message>
        <source>most epochs</source>
        <translation>最多轮数</translation>
    </message>
    <message>
        <source>resume from the last checkpoint of this output</source>
        <translation>从此输出的最后一个检查点继续</translation>
    </message>
    <message>
        <source>more options, e.g. --lr 0.001 (see python -m training {kind} --help)</source>
        <translation>更多选项，例如 --lr 0.001（见 python -m training {kind} --help）</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Choose the recipe and press Start.</source>
        <translation>选择配方并点击“开始”。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <source>CSV of 2D points</source>
        <translation>2D 点的 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the model in (a new folder inside)</source>
        <translation>将模型保存到（其中的一个新文件夹）</translation>
    </message>
    <message>
        <source>(the options cannot be parsed: {e})</source>
        <translation>（无法解析这些选项：{e}）</translation>
    </message>
    <message>
        <source>The options cannot be parsed: {e}</source>
        <translation>无法解析这些选项：{e}</translation>
    </message>
    <message>
        <source>Choose your data first (the data list&apos;s last entries).</source>
        <translation>请先选择你的数据（数据列表的最后几项）。</translation>
    </message>
    <message>
        <source>Training in a separate process…</source>
        <translation>正在单独的进程中训练…</translation>
    </message>
    <message>
        <source>Saved; computing the quality figures…</source>
        <translation>已保存；正在计算质量指标…</translation>
    </message>
    <message>
        <source>{epoch} {x} / {total} · loss {loss:.4g}</source>
        <translation>{epoch} {x} / {total} · 损失 {loss:.4g}</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <source> · held-out {val:.4g}</source>
        <translation> · 留出 {val:.4g}</translation>
    </message>
    <message>
        <source>Could not start {executable}.</source>
        <translation>无法启动 {executable}。</translation>
    </message>
    <message>
        <source> The last checkpoint is kept: tick ‘resume’ and Start to continue.</source>
        <translation> 已保留最后一个检查点：勾选“继续”并点击“开始”即可继续。</translation>
    </message>
    <message>
        <source> No checkpoint had been written yet.</source>
        <translation> 尚未写入任何检查点。</translation>
    </message>
    <message>
        <source>Training cancelled; no model was saved.</source>
        <translation>训练已取消；未保存模型。</translation>
    </message>
    <message>
        <source>Done: {result_path}</source>
        <translation>完成：{result_path}</translation>
    </message>
    <message>
        <source>exit status {code}</source>
        <translation>退出状态 {code}</translation>
    </message>
    <message>
        <source>Training failed: {why}</source>
        <translation>训练失败：{why}</translation>
    </message>
</context>
<context>
    <name>TrainingCurve</name>
    <message>
        <source>Training curve (NLL, nats per point)</source>
        <translation>训练曲线（NLL，每点 nats）</translation>
    </message>
    <message>
        <source>no training yet — fit a family trained step by step
(GMM, flow, autoregressive) to see its NLL per step</source>
        <translation>尚未训练 — 拟合一个逐步训练的族
（GMM、流、自回归）即可查看其每步的 NLL</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ 暂停</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
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
        <translation>&lt;br&gt;&lt;i&gt;{dim} 个维度中的前 {n} 个&lt;/i&gt;</translation>
    </message>
    <message>
        <source>rows, top to bottom:&lt;br&gt;</source>
        <translation>各行，从上到下：&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>VisibleGrid</name>
    <message>
        <source>Could not evaluate the grid: {e}</source>
        <translation>无法评估网格：{e}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>no shipped {short} for {data}; tick ‘train families without a shipped model’ or fit it with Fit</source>
        <extracomment>the sample figures added to every compared entry&apos;s metrics</extracomment>
        <translation>{data} 没有自带的 {short}；请勾选“训练没有自带模型的族”，或用“拟合”来拟合它</translation>
    </message>
    <message>
        <source>your own points</source>
        <translation>你自己的点</translation>
    </message>
    <message>
        <source>no shipped 2D DDPM for {data} (train one: python -m training train diffusion --data …)</source>
        <translation>{data} 没有自带的 2D DDPM（训练一个：python -m training train diffusion --data …）</translation>
    </message>
    <message>
        <source>could not fit: {e}</source>
        <translation>无法拟合：{e}</translation>
    </message>
    <message>
        <source>could not train: {e}</source>
        <translation>无法训练：{e}</translation>
    </message>
    <message>
        <source>could not load: {e}</source>
        <translation>无法加载：{e}</translation>
    </message>
    <message>
        <source>fitted here</source>
        <translation>在此拟合</translation>
    </message>
    <message>
        <source>trained here</source>
        <translation>在此训练</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>自带</translation>
    </message>
</context>
<context>
    <name>density</name>
    <message>
        <source>{pts} points you drew or imported (80 % train, 20 % held out)</source>
        <extracomment>points per split for generated data sets in the app (the shipped cards use more) the world cities&apos; population thresholds the app offers</extracomment>
        <translation>你绘制或导入的 {pts} 个点（80% 训练，20% 留出）</translation>
    </message>
</context>
<context>
    <name>density_extras</name>
    <message>
        <source>at least two classes with 5 or more training points each are needed</source>
        <translation>至少需要两个类别，且每个类别有 5 个或更多训练点</translation>
    </message>
</context>
<context>
    <name>density_panels</name>
    <message>
        <source>{value!r} is not one of the choices</source>
        <extracomment>bounds of a spin box whose hyperparameter declares none</extracomment>
        <translation>{value!r} 不是可选项之一</translation>
    </message>
</context>
<context>
    <name>fitting</name>
    <message>
        <source>in the sea (land mask)</source>
        <extracomment>optimisation steps between two snapshots of live training (an EM trainer reports every iteration whatever this says)</extracomment>
        <translation>在海里（陆地掩码）</translation>
    </message>
    <message>
        <source>where the true p_data is below the density of 99 % of real data</source>
        <translation>真实 p_data 低于 99% 真实数据的密度之处</translation>
    </message>
    <message>
        <source>where a KDE of p_data is below the density of 99 % of held-out data</source>
        <translation>p_data 的 KDE 低于 99% 留出数据的密度之处</translation>
    </message>
    <message>
        <source>at least 2 training points are needed to fit a model</source>
        <translation>拟合模型至少需要 2 个训练点</translation>
    </message>
    <message>
        <source>opened from a file</source>
        <extracomment>units per chunk: one progress report of the trainer</extracomment>
        <translation>从文件打开</translation>
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
        <translation>此模型未测量</translation>
    </message>
    <message>
        <source>no likelihood figure for this model</source>
        <translation>此模型没有似然指标</translation>
    </message>
    <message>
        <source>bits per dimension are given for probabilities of binary images only; this figure is </source>
        <translation>每维比特数仅针对二值图像的概率给出；此数值属于</translation>
    </message>
    <message>
        <source>of another kind</source>
        <translation>另一种类型</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the card records no training time</source>
        <translation>模型卡未记录训练时间</translation>
    </message>
</context>
<context>
    <name>latent_data</name>
    <message>
        <source>a GAN has no encoder: it cannot place an image in z</source>
        <extracomment>the shipped shapes models were trained on this many shapes (the test set is a fifth) images kept for the map and the browser (a seeded mix of classes) a data folder with more entries than this is not an image data set why a decoder without an encoder (a GAN) has no encode panel and no test-set map</extracomment>
        <translation>GAN 没有编码器：无法将图像放入 z</translation>
    </message>
    <message>
        <source>shapes are square; this model takes {image_shape} images</source>
        <translation>形状为正方形；此模型接受 {image_shape} 的图像</translation>
    </message>
    <message>
        <source>the card&apos;s n_train = {n:,} is more than the shipped {shapes_n_max:,}; the test set was made as for {shapes_n_max:,} training shapes</source>
        <translation>模型卡中的 n_train = {n:,} 大于自带的 {shapes_n_max:,}；测试集按 {shapes_n_max:,} 个训练形状生成</translation>
    </message>
    <message>
        <source>the card&apos;s n_train = {n} is not a size; the shipped {shapes_n_max:,} was used</source>
        <translation>模型卡中的 n_train = {n} 不是有效大小；已使用自带的 {shapes_n_max:,}</translation>
    </message>
    <message>
        <source>{path} holds more than {max_folder_entries:,} files and folders; it does not look like an image data set</source>
        <translation>{path} 包含超过 {max_folder_entries:,} 个文件和文件夹；看起来不像图像数据集</translation>
    </message>
    <message>
        <source>the card does not say what data the model was trained on</source>
        <translation>模型卡未说明模型是用什么数据训练的</translation>
    </message>
    <message>
        <source>the model&apos;s images ({path}) are no longer there</source>
        <translation>模型的图像（{path}）已不存在</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a data set this app can make</source>
        <translation>&apos;{name}&apos; 不是本应用能生成的数据集</translation>
    </message>
    <message>
        <source>the data set&apos;s images are {shape}, the model takes {image_shape}</source>
        <translation>数据集的图像为 {shape}，模型接受 {image_shape}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>{name} is the classifier that scores generated digits; it has no view of its own (its scores are in the diffusion models&apos; cards).</source>
        <translation>{name} 是为生成的数字评分的分类器；它没有自己的视图（其评分在扩散模型的模型卡中）。</translation>
    </message>
    <message>
        <source>{name} holds a &apos;{kind}&apos; model, which no view shows.</source>
        <translation>{name} 包含一个 &apos;{kind}&apos; 模型，没有视图显示此类模型。</translation>
    </message>
</context>
<context>
    <name>model_card</name>
    <message>
        <source>[{v}, … ({v2} values)]</source>
        <translation>[{v}, …（{v2} 个值）]</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{card} — {kind} model&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{card} — {kind} 模型&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;数据&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Training&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;训练&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;loss curve: {loss_curve} points, from {first} to {last} ([step or epoch, train, validation])&lt;/p&gt;</source>
        <translation>&lt;p&gt;损失曲线：{loss_curve} 个点，从 {first} 到 {last}（[步或轮, 训练, 验证]）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Metrics&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;指标&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Architecture (config)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;架构（配置）&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ground-truth factors → best {space} dimension&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;真实因素 → 最佳 {space} 维度&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{method}; the probe on real test images: {probe}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{method}；在真实测试图像上的探针：{probe}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Made by&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;生成命令&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>stepthrough</name>
    <message>
        <source>&lt;br&gt;test NLL {test_nll_nats:.1f} nats</source>
        <translation>&lt;br&gt;测试 NLL {test_nll_nats:.1f} nats</translation>
    </message>
    <message>
        <source> ({test_bits_per_dim:.3f} bits/dim)</source>
        <translation> （{test_bits_per_dim:.3f} 比特/维）</translation>
    </message>
    <message>
        <source>&lt;br&gt;test log-likelihood {test_ll_nats:.1f} nats per image ({estimate})</source>
        <translation>&lt;br&gt;测试对数似然 {test_ll_nats:.1f} nats/图像（{estimate}）</translation>
    </message>
    <message>
        <source>exact log Z</source>
        <translation>精确的 log Z</translation>
    </message>
    <message>
        <source>log Z by AIS, an estimate</source>
        <translation>log Z 由 AIS 估计</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Box (uniform, MLE)</source>
        <translation>盒子（均匀，MLE）</translation>
    </message>
    <message>
        <source>No hyperparameters: the MLE is the bounding box.</source>
        <translation>无超参数：MLE 即包围盒。</translation>
    </message>
    <message>
        <source>Gaussian (full covariance)</source>
        <translation>高斯（全协方差）</translation>
    </message>
    <message>
        <source>No hyperparameters: mean and covariance by MLE.</source>
        <translation>无超参数：均值和协方差由 MLE 得到。</translation>
    </message>
    <message>
        <source>Factorised (product of marginals)</source>
        <translation>因子化（边缘分布之积）</translation>
    </message>
    <message>
        <source>1D KDEs of each coordinate, multiplied.</source>
        <translation>各坐标的一维 KDE 相乘。</translation>
    </message>
    <message>
        <source>Gaussian mixture (EM)</source>
        <translation>高斯混合（EM）</translation>
    </message>
    <message>
        <source>EM from a k-means start; each step is one E+M iteration.</source>
        <translation>从 k-means 初始化开始的 EM；每步是一次 E+M 迭代。</translation>
    </message>
    <message>
        <source>components K</source>
        <translation>分量数 K</translation>
    </message>
    <message>
        <source>mixture components</source>
        <translation>混合分量数</translation>
    </message>
    <message>
        <source>KDE</source>
        <translation>KDE</translation>
    </message>
    <message>
        <source>A Gaussian kernel on every training point.</source>
        <translation>在每个训练点上放置一个高斯核。</translation>
    </message>
    <message>
        <source>bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>kernel width: scott (Scott&apos;s rule), cv (the factor of Scott&apos;s rule with the best validation likelihood) or a positive factor times Scott&apos;s rule</source>
        <translation>核宽度：scott（Scott 法则）、cv（验证似然最佳的 Scott 法则系数）或一个正数乘以 Scott 法则</translation>
    </message>
    <message>
        <source>Scott&apos;s rule of thumb</source>
        <translation>Scott 经验法则</translation>
    </message>
    <message>
        <source>best held-out likelihood</source>
        <translation>最佳留出似然</translation>
    </message>
    <message>
        <source>Normalizing flow</source>
        <translation>标准化流</translation>
    </message>
    <message>
        <source>Rational-quadratic spline couplings trained by Adam on the NLL.</source>
        <translation>由 Adam 在 NLL 上训练的有理二次样条耦合。</translation>
    </message>
    <message>
        <source>training steps</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <source>optimisation steps</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>peak Adam learning rate (cosine decay to 0)</source>
        <translation>Adam 峰值学习率（余弦衰减到 0）</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Adam weight decay</source>
        <translation>Adam 权重衰减</translation>
    </message>
    <message>
        <source>coupling layers</source>
        <translation>耦合层数</translation>
    </message>
    <message>
        <source>spline bins</source>
        <translation>样条分箱数</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <source>conditioner width</source>
        <translation>条件网络宽度</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>新鲜数据</translation>
    </message>
    <message>
        <source>draw a fresh mini-batch from the generator each step (--no-fresh: mini-batches of the fixed training split; data without a generator always use the split)</source>
        <translation>每步从生成器抽取新的小批量（--no-fresh：使用固定训练划分的小批量；没有生成器的数据总是使用该划分）</translation>
    </message>
    <message>
        <source>Autoregressive p(x₁) p(x₂ | x₁)</source>
        <translation>自回归 p(x₁) p(x₂ | x₁)</translation>
    </message>
    <message>
        <source>A categorical over the x₁ bins times an MLP&apos;s categorical over the x₂ bins, on a d × d grid of the data&apos;s box; uniform within a cell, 0 outside the box.</source>
        <translation>在数据盒子的 d × d 网格上，x₁ 分箱的类别分布乘以 MLP 给出的 x₂ 分箱的类别分布；每个单元内均匀，盒子外为 0。</translation>
    </message>
    <message>
        <source>grid cells d</source>
        <translation>网格单元数 d</translation>
    </message>
    <message>
        <source>grid cells per axis d (a d × d grid)</source>
        <translation>每轴的网格单元数 d（d × d 网格）</translation>
    </message>
    <message>
        <source>width of the MLP of p(x₂ | x₁)</source>
        <translation>p(x₂ | x₁) 的 MLP 宽度</translation>
    </message>
    <message>
        <source>GAN (generator vs discriminator)</source>
        <translation>GAN（生成器与判别器）</translation>
    </message>
    <message>
        <source>A generator MLP turns noise into points; a discriminator MLP learns to tell them from the data, and the generator learns to fool it. No likelihood: the heatmap is a density estimate of its samples; judge it by the sample figures.</source>
        <translation>生成器 MLP 将噪声变为点；判别器 MLP 学习区分它们与数据，生成器学习骗过判别器。没有似然：热图是对其样本的密度估计；请根据样本指标来评判。</translation>
    </message>
    <message>
        <source>noise dimension</source>
        <translation>噪声维度</translation>
    </message>
    <message>
        <source>dimension q of the noise z (1: G draws a curve)</source>
        <translation>噪声 z 的维度 q（1：G 画出一条曲线）</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>distribution of the noise z</source>
        <translation>噪声 z 的分布</translation>
    </message>
    <message>
        <source>Gaussian N(0, I)</source>
        <translation>高斯 N(0, I)</translation>
    </message>
    <message>
        <source>uniform (−1, 1)</source>
        <translation>均匀 (−1, 1)</translation>
    </message>
    <message>
        <source>G depth</source>
        <translation>G 深度</translation>
    </message>
    <message>
        <source>hidden layers of the generator</source>
        <translation>生成器的隐藏层数</translation>
    </message>
    <message>
        <source>G width</source>
        <translation>G 宽度</translation>
    </message>
    <message>
        <source>units per hidden layer of the generator</source>
        <translation>生成器每个隐藏层的单元数</translation>
    </message>
    <message>
        <source>D depth</source>
        <translation>D 深度</translation>
    </message>
    <message>
        <source>hidden layers of the discriminator</source>
        <translation>判别器的隐藏层数</translation>
    </message>
    <message>
        <source>D width</source>
        <translation>D 宽度</translation>
    </message>
    <message>
        <source>units per hidden layer of the discriminator</source>
        <translation>判别器每个隐藏层的单元数</translation>
    </message>
    <message>
        <source>spectral norm on D</source>
        <translation>D 上的谱归一化</translation>
    </message>
    <message>
        <source>spectral normalisation of every layer of D</source>
        <translation>对 D 的每一层做谱归一化</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>the game&apos;s loss</source>
        <translation>博弈的损失</translation>
    </message>
    <message>
        <source>non-saturating log loss</source>
        <translation>非饱和对数损失</translation>
    </message>
    <message>
        <source>least squares (LSGAN)</source>
        <translation>最小二乘（LSGAN）</translation>
    </message>
    <message>
        <source>training steps (each: k D updates, then one G update)</source>
        <translation>训练步数（每步：D 更新 k 次，然后 G 更新一次）</translation>
    </message>
    <message>
        <source>mini-batch size (real and generated)</source>
        <translation>小批量大小（真实和生成）</translation>
    </message>
    <message>
        <source>lr G</source>
        <translation>lr G</translation>
    </message>
    <message>
        <source>generator&apos;s Adam learning rate (cosine decay to 10 %)</source>
        <translation>生成器的 Adam 学习率（余弦衰减到 10%）</translation>
    </message>
    <message>
        <source>lr D</source>
        <translation>lr D</translation>
    </message>
    <message>
        <source>discriminator&apos;s Adam learning rate (cosine decay to 10 %)</source>
        <translation>判别器的 Adam 学习率（余弦衰减到 10%）</translation>
    </message>
    <message>
        <source>D steps per G step k</source>
        <translation>每个 G 步的 D 步数 k</translation>
    </message>
    <message>
        <source>discriminator updates per generator update (k)</source>
        <translation>每次生成器更新对应的判别器更新次数（k）</translation>
    </message>
    <message>
        <source>label smoothing s</source>
        <translation>标签平滑 s</translation>
    </message>
    <message>
        <source>one-sided label smoothing: real label 1 − s</source>
        <translation>单侧标签平滑：真实标签为 1 − s</translation>
    </message>
    <message>
        <source>R1 penalty γ</source>
        <translation>R1 惩罚 γ</translation>
    </message>
    <message>
        <source>R1 gradient penalty γ on real points (0: off)</source>
        <translation>在真实点上的 R1 梯度惩罚 γ（0：关闭）</translation>
    </message>
    <message>
        <source>instance noise σ</source>
        <translation>实例噪声 σ</translation>
    </message>
    <message>
        <source>instance noise σ (standardised units), annealed linearly to 0 at the last step (0: off)</source>
        <translation>实例噪声 σ（标准化单位），在最后一步线性退火到 0（0：关闭）</translation>
    </message>
    <message>
        <source>real batches fresh from the data&apos;s generator each step (--no-fresh: the fixed training split)</source>
        <translation>每步从数据生成器获取新的真实批次（--no-fresh：固定训练划分）</translation>
    </message>
    <message>
        <source>LDA (Gaussian per class, shared Σ)</source>
        <translation>LDA（每类一个高斯，共享 Σ）</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>逻辑回归</translation>
    </message>
    <message>
        <source>QDA (Gaussian per class)</source>
        <translation>QDA（每类一个高斯）</translation>
    </message>
    <message>
        <source>logistic regression, quadratic features</source>
        <translation>逻辑回归，二次特征</translation>
    </message>
    <message>
        <source>KDE per class</source>
        <translation>每类 KDE</translation>
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
        <translation>基于 x, x² 的逻辑回归</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>n/a: intractable</source>
        <translation>不适用：不可计算</translation>
    </message>
    <message>
        <source>no tractable likelihood: the heatmap is a kernel density estimate of the model&apos;s samples, not its log-likelihood</source>
        <translation>没有可计算的似然：热图是模型样本的核密度估计，而不是其对数似然</translation>
    </message>
    <message>
        <source>n/a: implicit</source>
        <translation>不适用：隐式</translation>
    </message>
    <message>
        <source>not available — implicit model: a GAN only draws samples; the heatmap is a kernel density estimate of its samples</source>
        <translation>不可用 — 隐式模型：GAN 只能生成样本；热图是其样本的核密度估计</translation>
    </message>
    <message>
        <source>eight Gaussians on a circle of radius 2.83, std 0.35</source>
        <translation>半径 2.83 的圆上的八个高斯分布，标准差 0.35</translation>
    </message>
    <message>
        <source>a 5×5 grid of Gaussians, centres −3 … 3 every 1.5, std 0.1</source>
        <translation>5×5 网格上的高斯分布，中心 −3 … 3，间隔 1.5，标准差 0.1</translation>
    </message>
    <message>
        <source>uniform on the black squares of a 4×4 board of side 8</source>
        <translation>边长 8 的 4×4 棋盘黑格上的均匀分布</translation>
    </message>
    <message>
        <source>two interleaved half circles, noise 0.2</source>
        <translation>两个交错的半圆，噪声 0.2</translation>
    </message>
    <message>
        <source>two concentric circles, radii 3 and 1.5</source>
        <translation>两个同心圆，半径 3 和 1.5</translation>
    </message>
    <message>
        <source>four concentric rings, radii 3, 2.25, 1.5, 0.75</source>
        <translation>四个同心环，半径 3、2.25、1.5、0.75</translation>
    </message>
    <message>
        <source>two interleaved spirals</source>
        <translation>两条交错的螺旋线</translation>
    </message>
    <message>
        <source>a 2D swiss roll (x, z of sklearn&apos;s), noise 0.2</source>
        <translation>二维瑞士卷（sklearn 版本的 x、z），噪声 0.2</translation>
    </message>
    <message>
        <source>five curved blades</source>
        <translation>五片弯曲的叶片</translation>
    </message>
    <message>
        <source>{n} cities with more than {population} people (lon, lat in degrees)</source>
        <translation>{n} 座人口超过 {population} 的城市（经度、纬度，单位为度）</translation>
    </message>
</context>
</TS>
