"""Portuguese words (Brazilian: "celular", "tênis", "pix", "ele" as a spoken object pronoun)."""

from ..retry import Retry

PRODUCTS = """
rice: arroz | arrozes | m
flour: farinha de trigo | farinhas de trigo | f
sugar: açúcar | açúcares | m
salt: sal | sais | m
apples: maçã | maçãs | f
bananas: banana | bananas | f
oranges: laranja | laranjas | f
potatoes: batata | batatas | f
onions: cebola | cebolas | f
tomatoes: tomate | tomates | m
eggs: ovo | ovos | m
bread: pão de forma | pães de forma | m.mass
bread: pão francês | pães franceses | m
butter: manteiga | manteigas | f
cheese: queijo | queijos | m
cheese: queijo muçarela | queijos muçarela | m
yogurt: iogurte | iogurtes | m
coffee: café | cafés | m
coffee: café em pó | cafés em pó | m
tea: chá | chás | m
tea: chá verde | chás verdes | m
pasta: macarrão | macarrões | m
cereal: cereal | cereais | m
biscuits: biscoito | biscoitos | m
biscuits: bolacha | bolachas | f
chips: salgadinho | salgadinhos | m
chocolate: chocolate | chocolates | m
chicken: peito de frango | peitos de frango | m.mass
tuna: atum | atuns | m
beans: feijão | feijões | m.mass
lentils: lentilha | lentilhas | f
noodles: macarrão instantâneo | macarrões instantâneos | m.mass
honey: mel | méis | m
oil: azeite | azeites | m
oil: óleo de soja | óleos de soja | m
milk: leite | leites | m
milk: leite desnatado | leites desnatados | m
water: água | águas | f
water: água com gás | águas com gás | f
juice: suco de laranja | sucos de laranja | m
juice: suco de uva | sucos de uva | m
soda: refrigerante | refrigerantes | m
beer: cerveja | cervejas | f
wine: vinho tinto | vinhos tintos | m
detergent: sabão em pó | sabões em pó | m
toilet paper: papel higiênico | papéis higiênicos | m
paper towels: papel toalha | papéis toalha | m.mass
dish soap: detergente | detergentes | m
trash bags: saco de lixo | sacos de lixo | m
batteries: pilha | pilhas | f
light bulbs: lâmpada | lâmpadas | f
shampoo: xampu | xampus | m
soap: sabonete | sabonetes | m
toothpaste: pasta de dente | pastas de dente | f
toothbrush: escova de dente | escovas de dente | f
diapers: fralda | fraldas | f
deodorant: desodorante | desodorantes | m
razors: lâmina de barbear | lâminas de barbear | f
phone: celular | celulares | m
phone: smartphone | smartphones | m
laptop: notebook | notebooks | m
headphones: fone de ouvido | fones de ouvido | m
headphones: fone bluetooth | fones bluetooth | m
tv: televisão | televisões | f
tv: tv | tvs | f
tablet: tablet | tablets | m
charger: carregador | carregadores | m
phone case: capinha de celular | capinhas de celular | f
mouse: mouse | mouses | m
keyboard: teclado | teclados | m
monitor: monitor | monitores | m
printer: impressora | impressoras | f
speaker: caixa de som | caixas de som | f
camera: câmera | câmeras | f
smartwatch: relógio inteligente | relógios inteligentes | m
smartwatch: smartwatch | smartwatches | m
memory card: cartão de memória | cartões de memória | m
cable: cabo usb | cabos usb | m
power bank: carregador portátil | carregadores portáteis | m
hard drive: hd externo | hds externos | m
usb drive: pen drive | pen drives | m
router: roteador | roteadores | m
tshirt: camiseta | camisetas | f
shirt: camisa | camisas | f
jeans: calça jeans | calças jeans | f
trousers: calça | calças | f
dress: vestido | vestidos | m
skirt: saia | saias | f
jacket: jaqueta | jaquetas | f
sweater: blusa de frio | blusas de frio | f
hoodie: moletom | moletons | m
socks: meia | meias | f
cap: boné | bonés | m
sneakers: tênis | tênis | m
running shoes: tênis de corrida | tênis de corrida | m
boots: bota | botas | f
sandals: sandália | sandálias | f
sandals: chinelo | chinelos | m
rice: arroz integral | arrozes integrais | m
rice: arroz parboilizado | arrozes parboilizados | m
rice: arroz agulhinha | arrozes agulhinha | m
flour: farinha | farinhas | f
flour: farinha de mandioca | farinhas de mandioca | f
flour: fubá | fubás | m
sugar: açúcar refinado | açúcares refinados | m
sugar: açúcar mascavo | açúcares mascavos | m
sugar: açúcar cristal | açúcares cristal | m
salt: sal grosso | sais grossos | m
salt: sal refinado | sais refinados | m
apples: maçã gala | maçãs gala | f
apples: maçã fuji | maçãs fuji | f
bananas: banana prata | bananas prata | f
bananas: banana nanica | bananas nanicas | f
oranges: laranja pera | laranjas pera | f
oranges: laranja lima | laranjas lima | f
potatoes: batata inglesa | batatas inglesas | f
potatoes: batata doce | batatas doces | f
onions: cebola roxa | cebolas roxas | f
tomatoes: tomate cereja | tomates cereja | m
tomatoes: tomate italiano | tomates italianos | m
eggs: ovo caipira | ovos caipiras | m
eggs: ovo de galinha | ovos de galinha | m
bread: pão integral | pães integrais | m.mass
bread: pão de queijo | pães de queijo | m
bread: pão de hambúrguer | pães de hambúrguer | m
butter: manteiga com sal | manteigas com sal | f
butter: margarina | margarinas | f
cheese: queijo minas | queijos minas | m
cheese: queijo prato | queijos prato | m
cheese: queijo ralado | queijos ralados | m
cheese: mussarela | mussarelas | f
yogurt: iogurte natural | iogurtes naturais | m
yogurt: iogurte grego | iogurtes gregos | m
coffee: café solúvel | cafés solúveis | m
coffee: café em grão | cafés em grão | m
coffee: cápsula de café | cápsulas de café | f.count
tea: chá preto | chás pretos | m
tea: chá mate | chás mate | m
tea: chá de camomila | chás de camomila | m
pasta: espaguete | espaguetes | m
pasta: massa | massas | f
pasta: macarrão integral | macarrões integrais | m
pasta: macarrão parafuso | macarrões parafuso | m
cereal: aveia em flocos | aveias em flocos | f
cereal: granola | granolas | f
cereal: flocos de milho | flocos de milho | m.pl
cereal: cereal matinal | cereais matinais | m
biscuits: biscoito recheado | biscoitos recheados | m
biscuits: bolacha água e sal | bolachas água e sal | f
biscuits: biscoito de polvilho | biscoitos de polvilho | m
chips: batata chips | batatas chips | f
chips: batatinha | batatinhas | f
chips: salgadinho de milho | salgadinhos de milho | m
chocolate: barra de chocolate | barras de chocolate | f
chocolate: chocolate ao leite | chocolates ao leite | m
chocolate: chocolate meio amargo | chocolates meio amargos | m
chicken: frango | frangos | m
chicken: coxa de frango | coxas de frango | f.count
chicken: filé de frango | filés de frango | m.count
chicken: sobrecoxa | sobrecoxas | f.count
tuna: atum ralado | atuns ralados | m
tuna: atum sólido | atuns sólidos | m
beans: feijão carioca | feijões cariocas | m.mass
beans: feijão preto | feijões pretos | m.mass
lentils: lentilha vermelha | lentilhas vermelhas | f
noodles: miojo | miojos | m.mass
noodles: lámen | lámens | m.mass
honey: mel de abelha | méis de abelha | m
honey: mel orgânico | méis orgânicos | m
oil: azeite de oliva | azeites de oliva | m
oil: azeite extra virgem | azeites extra virgem | m
oil: óleo | óleos | m
oil: óleo de girassol | óleos de girassol | m
milk: leite integral | leites integrais | m
milk: leite semidesnatado | leites semidesnatados | m
milk: leite sem lactose | leites sem lactose | m
milk: leite em pó | leites em pó | m
water: água mineral | águas minerais | f
water: água sem gás | águas sem gás | f
juice: suco | sucos | m
juice: suco de maracujá | sucos de maracujá | m
juice: suco integral | sucos integrais | m
soda: refri | refris | m
soda: guaraná | guaranás | m
soda: refrigerante de cola | refrigerantes de cola | m
beer: cerveja sem álcool | cervejas sem álcool | f
beer: cerveja artesanal | cervejas artesanais | f
beer: breja | brejas | f
wine: vinho | vinhos | m
wine: vinho branco | vinhos brancos | m
wine: vinho rosé | vinhos rosé | m
wine: espumante | espumantes | m
detergent: sabão líquido | sabões líquidos | m
detergent: sabão para roupa | sabões para roupa | m
toilet paper: rolo de papel higiênico | rolos de papel higiênico | m.count
paper towels: rolo de papel toalha | rolos de papel toalha | m
dish soap: detergente de louça | detergentes de louça | m
dish soap: detergente líquido | detergentes líquidos | m
trash bags: saquinho de lixo | saquinhos de lixo | m
trash bags: saco para lixo | sacos para lixo | m
batteries: pilha alcalina | pilhas alcalinas | f
batteries: pilha recarregável | pilhas recarregáveis | f
light bulbs: lâmpada led | lâmpadas led | f
shampoo: shampoo | shampoos | m
shampoo: xampu anticaspa | xampus anticaspa | m
soap: sabonete líquido | sabonetes líquidos | m
soap: sabonete em barra | sabonetes em barra | m
toothpaste: creme dental | cremes dentais | m
toothpaste: pasta de dentes | pastas de dentes | f
toothbrush: escova de dentes | escovas de dentes | f
toothbrush: escova elétrica | escovas elétricas | f
diapers: fralda descartável | fraldas descartáveis | f
deodorant: desodorante aerosol | desodorantes aerosol | m
deodorant: desodorante roll on | desodorantes roll on | m
razors: aparelho de barbear | aparelhos de barbear | m
razors: gilete | giletes | f
phone: telefone | telefones | m
phone: celular android | celulares android | m
laptop: laptop | laptops | m
laptop: computador portátil | computadores portáteis | m
laptop: notebook gamer | notebooks gamer | m
headphones: fone | fones | m
headphones: headphone | headphones | m
headphones: fone sem fio | fones sem fio | m
tv: smart tv | smart tvs | f
tv: televisor | televisores | m
charger: carregador de celular | carregadores de celular | m
charger: carregador turbo | carregadores turbo | m
phone case: capinha | capinhas | f
phone case: capa de celular | capas de celular | f
mouse: mouse sem fio | mouses sem fio | m
mouse: mouse gamer | mouses gamer | m
keyboard: teclado sem fio | teclados sem fio | m
keyboard: teclado mecânico | teclados mecânicos | m
monitor: monitor gamer | monitores gamer | m
printer: impressora multifuncional | impressoras multifuncionais | f
printer: impressora jato de tinta | impressoras jato de tinta | f
speaker: caixinha de som | caixinhas de som | f
speaker: caixa de som bluetooth | caixas de som bluetooth | f
camera: câmera digital | câmeras digitais | f
camera: câmera fotográfica | câmeras fotográficas | f
memory card: cartão sd | cartões sd | m
memory card: cartão micro sd | cartões micro sd | m
cable: cabo de carregador | cabos de carregador | m
cable: cabo hdmi | cabos hdmi | m
cable: cabo tipo c | cabos tipo c | m
power bank: power bank | power banks | m
power bank: bateria externa | baterias externas | f
hard drive: hd | hds | m
hard drive: ssd | ssds | m
hard drive: disco rígido | discos rígidos | m
usb drive: pendrive | pendrives | m
router: roteador wifi | roteadores wifi | m
router: modem | modems | m
graphics card: placa de vídeo | placas de vídeo | f
tshirt: camiseta básica | camisetas básicas | f
tshirt: camiseta de algodão | camisetas de algodão | f
shirt: camisa social | camisas sociais | f
shirt: camisa polo | camisas polo | f
trousers: calça social | calças sociais | f
trousers: calça de moletom | calças de moletom | f
trousers: calça legging | calças legging | f
dress: vestido longo | vestidos longos | m
dress: vestido de festa | vestidos de festa | m
skirt: saia jeans | saias jeans | f
skirt: minissaia | minissaias | f
jacket: jaqueta jeans | jaquetas jeans | f
jacket: jaqueta de couro | jaquetas de couro | f
jacket: casaco | casacos | m
sweater: suéter | suéteres | m
sweater: blusa de lã | blusas de lã | f
hoodie: moletom com capuz | moletons com capuz | m
hoodie: blusa de moletom | blusas de moletom | f
socks: meia soquete | meias soquete | f
socks: meia esportiva | meias esportivas | f
cap: boné aba reta | bonés aba reta | m
sneakers: tênis casual | tênis casuais | m
sneakers: sapatênis | sapatênis | m
running shoes: tênis para corrida | tênis para corrida | m
boots: bota de couro | botas de couro | f
boots: coturno | coturnos | m
sandals: rasteirinha | rasteirinhas | f
sandals: chinelo de dedo | chinelos de dedo | m
# The 40 concepts added after the first release ("sausages" to "heels" in concepts.py). Tags as above:
# linguiça/shimeji are bought by weight or by the pack ("um quilo de linguiça"), picolé by the piece
# ("dois picolés").
sausages: salsicha | salsichas | f
sausages: linguiça | linguiças | f.mass
sausages: linguiça calabresa | linguiças calabresas | f.mass
ham: presunto | presuntos | m
ham: presunto fatiado | presuntos fatiados | m
carrots: cenoura | cenouras | f
grapes: uva | uvas | f
grapes: uva verde | uvas verdes | f
grapes: uva sem semente | uvas sem semente | f
lemons: limão | limões | m
lemons: limão tahiti | limões tahiti | m
lemons: limão siciliano | limões sicilianos | m
peanut butter: pasta de amendoim | pastas de amendoim | f
peanut butter: pasta de amendoim integral | pastas de amendoim integrais | f
jam: geleia | geleias | f
jam: geleia de morango | geleias de morango | f
ketchup: ketchup | ketchups | m
mushrooms: cogumelo | cogumelos | m
mushrooms: champignon | champignons | m
mushrooms: shimeji | shimejis | m.mass
ice cream: sorvete | sorvetes | m
ice cream: sorvete de creme | sorvetes de creme | m
ice cream: picolé | picolés | m.count
olives: azeitona | azeitonas | f
olives: azeitona verde | azeitonas verdes | f
olives: azeitona preta | azeitonas pretas | f
salmon: salmão | salmões | m
salmon: salmão defumado | salmões defumados | m
salmon: filé de salmão | filés de salmão | m
energy drink: energético | energéticos | m
energy drink: bebida energética | bebidas energéticas | f
lemonade: limonada | limonadas | f
sponges: esponja | esponjas | f
sponges: esponja de louça | esponjas de louça | f
sponges: esponja de aço | esponjas de aço | f
fabric softener: amaciante | amaciantes | m
fabric softener: amaciante de roupa | amaciantes de roupa | m
candles: vela | velas | f
candles: vela aromática | velas aromáticas | f
candles: vela de aniversário | velas de aniversário | f
bleach: água sanitária | águas sanitárias | f
bleach: alvejante | alvejantes | m
frying pan: frigideira | frigideiras | f
frying pan: frigideira antiaderente | frigideiras antiaderentes | f
towels: toalha | toalhas | f
towels: toalha de banho | toalhas de banho | f
towels: toalha de rosto | toalhas de rosto | f
pillow: travesseiro | travesseiros | m
pillow: travesseiro de espuma | travesseiros de espuma | m
conditioner: condicionador | condicionadores | m
conditioner: condicionador de cabelo | condicionadores de cabelo | m
sunscreen: protetor solar | protetores solares | m
sunscreen: filtro solar | filtros solares | m
sunscreen: bloqueador solar | bloqueadores solares | m
face cream: creme facial | cremes faciais | m
face cream: hidratante facial | hidratantes faciais | m
face cream: creme para o rosto | cremes para o rosto | m
hand wash: sabonete para as mãos | sabonetes para as mãos | m
hand wash: sabonete líquido para mãos | sabonetes líquidos para mãos | m
body lotion: hidratante corporal | hidratantes corporais | m
body lotion: loção hidratante | loções hidratantes | f
body lotion: creme para o corpo | cremes para o corpo | m
webcam: webcam | webcams | f
webcam: webcam para computador | webcams para computador | f
microwave: micro-ondas | micro-ondas | m
microwave: forno de micro-ondas | fornos de micro-ondas | m
vacuum cleaner: aspirador de pó | aspiradores de pó | m
vacuum cleaner: aspirador | aspiradores | m
vacuum cleaner: aspirador robô | aspiradores robô | m
hair dryer: secador de cabelo | secadores de cabelo | m
hair dryer: secador | secadores | m
electric kettle: chaleira elétrica | chaleiras elétricas | f
electric kettle: chaleira | chaleiras | f
gaming console: videogame | videogames | m
gaming console: console | consoles | m
gaming console: console de videogame | consoles de videogame | m
shorts: bermuda | bermudas | f
shorts: short | shorts | m
shorts: short jeans | shorts jeans | m
shorts: calções | calções | m.pl
pyjamas: pijama | pijamas | m
pyjamas: pijama de flanela | pijamas de flanela | m
gloves: luva | luvas | f
gloves: luva de lã | luvas de lã | f
scarf: cachecol | cachecóis | m
scarf: echarpe | echarpes | f
scarf: lenço de pescoço | lenços de pescoço | m
swimsuit: maiô | maiôs | m
swimsuit: biquíni | biquínis | m
swimsuit: sunga | sungas | f
belt: cinto | cintos | m
belt: cinto de couro | cintos de couro | m
slippers: pantufa | pantufas | f
slippers: pantufa de pelúcia | pantufas de pelúcia | f
heels: salto alto | saltos altos | m
heels: sapato de salto | sapatos de salto | m
heels: scarpin | scarpins | m
# corpus v7: the new concepts
garlic: alho | alhos | m
garlic: cabeça de alho | cabeças de alho | f
garlic: alho roxo | alhos roxos | m
cucumbers: pepino | pepinos | m
cucumbers: pepino japonês | pepinos japoneses | m
bell peppers: pimentão | pimentões | m
bell peppers: pimentão vermelho | pimentões vermelhos | m
bell peppers: pimento | pimentos | m
lettuce: alface | alfaces | f
lettuce: alface americana | alfaces americanas | f
lettuce: alface crespa | alfaces crespas | f
spinach: espinafre | espinafres | m
strawberries: morango | morangos | m
watermelon: melancia | melancias | f
mangoes: manga | mangas | f
mangoes: manga palmer | mangas palmer | f
pears: pera | peras | f
peaches: pêssego | pêssegos | m
avocados: abacate | abacates | m
avocados: avocado | avocados | m
pineapple: abacaxi | abacaxis | m
pineapple: ananás | ananases | m
sweetcorn: milho verde | milhos verdes | m
sweetcorn: milho | milhos | m
sweetcorn: milho em conserva | milhos em conserva | m
peas: ervilha | ervilhas | f
peas: ervilha congelada | ervilhas congeladas | f
oats: aveia | aveias | f
oats: farelo de aveia | farelos de aveia | m
crackers: cream cracker | cream crackers | m
crackers: biscoito cream cracker | biscoitos cream cracker | m
crackers: torradinha | torradinhas | f
popcorn: pipoca | pipocas | f
popcorn: pipoca de micro-ondas | pipocas de micro-ondas | f
popcorn: milho de pipoca | milhos de pipoca | m
almonds: amêndoa | amêndoas | f
raisins: uva passa | uvas passas | f
raisins: passas | passas | f.pl
cream: creme de leite | cremes de leite | m
cream: nata | natas | f
mayonnaise: maionese | maioneses | f
mustard: mostarda | mostardas | f
vinegar: vinagre | vinagres | m
vinegar: vinagre de maçã | vinagres de maçã | m
soy sauce: molho de soja | molhos de soja | m
soy sauce: shoyu | shoyus | m
black pepper: pimenta-do-reino | pimentas-do-reino | f
black pepper: pimenta preta | pimentas pretas | f
cake: bolo | bolos | m
cake: bolo de chocolate | bolos de chocolate | m
cake: torta | tortas | f
frozen pizza: pizza congelada | pizzas congeladas | f
frozen pizza: pizza | pizzas | f
soup: sopa | sopas | f
soup: sopa instantânea | sopas instantâneas | f
soup: caldo | caldos | m
sardines: sardinha | sardinhas | f
sardines: sardinha em lata | sardinhas em lata | f
prawns: camarão | camarões | m
prawns: camarão cinza | camarões cinza | m
prawns: gamba | gambas | f
minced beef: carne moída | carnes moídas | f
minced beef: carne picada | carnes picadas | f
minced beef: patinho moído | patinhos moídos | m
tofu: tofu | tofus | m
bacon: bacon | bacons | m
bacon: bacon fatiado | bacons fatiados | m
bacon: toucinho | toucinhos | m
mozzarella: mozzarella | mozzarellas | f
mozzarella: muçarela de búfala | muçarelas de búfala | f
mozzarella: muçarela fatiada | muçarelas fatiadas | f
croissants: croissant | croissants | m
croissants: croissant recheado | croissants recheados | m
tortillas: tortilla | tortillas | f
tortillas: tortilla de trigo | tortillas de trigo | f
tortillas: wrap | wraps | m
baby food: papinha | papinhas | f
baby food: papinha de bebê | papinhas de bebê | f
baby food: comida para bebê | comidas para bebê | f
dog food: ração de cachorro | rações de cachorro | f
dog food: ração para cães | rações para cães | f
cat food: ração de gato | rações de gato | f
cat food: ração para gatos | rações para gatos | f
coconut water: água de coco | águas de coco | f
iced tea: chá gelado | chás gelados | m
iced tea: ice tea | ice teas | m
hot chocolate: chocolate quente | chocolates quentes | m
hot chocolate: achocolatado | achocolatados | m
hot chocolate: chocolate em pó | chocolates em pó | m
almond milk: leite de amêndoas | leites de amêndoas | m
almond milk: bebida de amêndoas | bebidas de amêndoas | f
whisky: uísque | uísques | m
whisky: whisky | whiskies | m
dishwasher tablets: pastilha para lava-louças | pastilhas para lava-louças | f
dishwasher tablets: pastilha para máquina de lavar louça | pastilhas para máquina de lavar louça | f
aluminium foil: papel-alumínio | papéis-alumínio | m
aluminium foil: papel alumínio | papéis alumínio | m
aluminium foil: papel de alumínio | papéis de alumínio | m
napkins: guardanapo | guardanapos | m
napkins: guardanapo de papel | guardanapos de papel | m
air freshener: aromatizador | aromatizadores | m
air freshener: aromatizador de ambiente | aromatizadores de ambiente | m
air freshener: ambientador | ambientadores | m
glass cleaner: limpa-vidros | limpa-vidros | m
glass cleaner: limpador de vidros | limpadores de vidros | m
broom: vassoura | vassouras | f
mop: esfregão | esfregões | m
mop: mop | mops | m
mop: mop giratório | mops giratórios | m
bucket: balde | baldes | m
hangers: cabide | cabides | m
plates: prato | pratos | m
plates: prato raso | pratos rasos | m
plates: prato fundo | pratos fundos | m
mugs: caneca | canecas | f
mugs: caneca de porcelana | canecas de porcelana | f
kitchen knife: faca de cozinha | facas de cozinha | f
kitchen knife: faca | facas | f
kitchen knife: faca de chef | facas de chef | f
blanket: cobertor | cobertores | m
blanket: manta | mantas | f
bedsheets: lençol | lençóis | m
bedsheets: jogo de lençol | jogos de lençol | m
bedsheets: jogo de cama | jogos de cama | m
curtains: cortina | cortinas | f
curtains: cortina blackout | cortinas blackout | f
lamp: luminária | luminárias | f
lamp: abajur | abajures | m
lamp: candeeiro | candeeiros | m
mouthwash: enxaguante bucal | enxaguantes bucais | m
mouthwash: antisséptico bucal | antissépticos bucais | m
mouthwash: elixir bucal | elixires bucais | m
shaving foam: espuma de barbear | espumas de barbear | f
shaving foam: gel de barbear | géis de barbear | m
hair oil: óleo capilar | óleos capilares | m
hair oil: óleo para cabelo | óleos para cabelo | m
perfume: perfume | perfumes | m
perfume: colônia | colônias | f
lipstick: batom | batons | m
lipstick: batom matte | batons matte | m
nail polish: esmalte | esmaltes | m
nail polish: esmalte de unha | esmaltes de unha | m
nail polish: verniz | vernizes | m
wet wipes: lenço umedecido | lenços umedecidos | m
wet wipes: lencinho umedecido | lencinhos umedecidos | m
wet wipes: toalhita | toalhitas | f
hand sanitizer: álcool em gel | álcoois em gel | m
hand sanitizer: álcool gel | álcoois gel | m
hand sanitizer: gel desinfetante | géis desinfetantes | m
comb: pente | pentes | m
vitamins: vitamina | vitaminas | f
vitamins: vitamina c | vitaminas c | f
vitamins: polivitamínico | polivitamínicos | m
plasters: curativo | curativos | m
plasters: band-aid | band-aids | m
plasters: penso rápido | pensos rápidos | m
projector: projetor | projetores | m
projector: projetor portátil | projetores portáteis | m
ereader: leitor digital | leitores digitais | m
ereader: leitor de livros digitais | leitores de livros digitais | m
ereader: e-reader | e-readers | m
drone: drone | drones | m
drone: drone com câmera | drones com câmera | m
power strip: extensão | extensões | f
power strip: filtro de linha | filtros de linha | m
power strip: régua de tomadas | réguas de tomadas | f
iron: ferro de passar | ferros de passar | m
iron: ferro de passar roupa | ferros de passar roupa | m
iron: ferro a vapor | ferros a vapor | m
blender: liquidificador | liquidificadores | m
blender: mixer | mixers | m
toaster: torradeira | torradeiras | f
coffee machine: cafeteira | cafeteiras | f
coffee machine: máquina de café | máquinas de café | f
coffee machine: cafeteira elétrica | cafeteiras elétricas | f
fan: ventilador | ventiladores | m
fan: ventilador de teto | ventiladores de teto | m
fan: ventoinha | ventoinhas | f
heater: aquecedor | aquecedores | m
heater: aquecedor elétrico | aquecedores elétricos | m
air fryer: air fryer | air fryers | f
air fryer: fritadeira elétrica | fritadeiras elétricas | f
air fryer: fritadeira sem óleo | fritadeiras sem óleo | f
washing machine: máquina de lavar | máquinas de lavar | f
washing machine: máquina de lavar roupa | máquinas de lavar roupa | f
washing machine: lavadora | lavadoras | f
fridge: geladeira | geladeiras | f
fridge: frigorífico | frigoríficos | m
fridge: refrigerador | refrigeradores | m
microphone: microfone | microfones | m
microphone: microfone sem fio | microfones sem fio | m
ink cartridge: cartucho de tinta | cartuchos de tinta | m
ink cartridge: cartucho | cartuchos | m
ink cartridge: toner | toners | m
coat: sobretudo | sobretudos | m
coat: casacão | casacões | m
blouse: blusa | blusas | f
blouse: blusinha | blusinhas | f
leggings: legging | leggings | f
tie: gravata | gravatas | f
hat: chapéu | chapéus | m
hat: gorro | gorros | m
raincoat: capa de chuva | capas de chuva | f
raincoat: impermeável | impermeáveis | m
suit: terno | ternos | m
suit: fato | fatos | m
sunglasses: óculos de sol | óculos de sol | m.pl
sunglasses: óculos escuros | óculos escuros | m.pl
watch: relógio | relógios | m
watch: relógio de pulso | relógios de pulso | m
backpack: mochila | mochilas | f
handbag: bolsa | bolsas | f
handbag: bolsa de mão | bolsas de mão | f
wallet: carteira | carteiras | f
wallet: carteira masculina | carteiras masculinas | f
umbrella: guarda-chuva | guarda-chuvas | m
umbrella: sombrinha | sombrinhas | f
flip flops: sandália de dedo | sandálias de dedo | f
flip flops: chinelo de borracha | chinelos de borracha | m
loafers: mocassim | mocassins | m
loafers: mocassim de couro | mocassins de couro | m
ballet flats: sapatilha | sapatilhas | f
formal shoes: sapato social | sapatos sociais | m
formal shoes: sapato de couro | sapatos de couro | m
"""

UNITS = """
kilo: quilo | quilos | m
bag: saco | sacos | m
pack: pacote | pacotes | m
box: caixa | caixas | f
dozen: dúzia | dúzias | f
carton: caixinha | caixinhas | f
bottle: garrafa | garrafas | f
litre: litro | litros | m
can: lata | latas | f
jar: pote | potes | m
tube: tubo | tubos | m
pair: par | pares | m
kilo: quilograma | quilogramas | m
bag: saquinho | saquinhos | m
pack: fardo | fardos | m
pack: pack | packs | m
pack: embalagem | embalagens | f
carton: caixa | caixas | f
bottle: garrafinha | garrafinhas | f
can: latinha | latinhas | f
jar: vidro | vidros | m
tube: bisnaga | bisnagas | f
"""

COLOURS = """
preto/preta/pretos/pretas
branco/branca/brancos/brancas
vermelho/vermelha/vermelhos/vermelhas
azul/azuis
azul-marinho
verde/verdes
cinza
rosa
roxo/roxa/roxos/roxas
amarelo/amarela/amarelos/amarelas
prateado/prateada/prateados/prateadas
dourado/dourada/dourados/douradas
marrom/marrons
bege
laranja
azul marinho
azul claro/azul clara/azul claros/azul claras
azul escuro/azul escura/azul escuros/azul escuras
azul bebê
azul royal
azul turquesa
verde escuro/verde escura/verde escuros/verde escuras
verde claro/verde clara/verde claros/verde claras
verde militar
verde água
verde limão
cinza claro/cinza clara/cinza claros/cinza claras
cinza escuro/cinza escura/cinza escuros/cinza escuras
grafite
chumbo
prata
vinho
bordô
vermelho escuro/vermelho escura/vermelho escuros/vermelho escuras
off white
rosa claro/rosa clara/rosa claros/rosa claras
rosa bebê
pink
nude
creme
caramelo
lilás/lilases
coral
mostarda
cáqui
preto fosco/preta fosca/pretos foscos/pretas foscas
"""

SIZES = {
    "wear": "p\nm\ng\ngg\n38\n40\n42\n44\nquarenta e dois",
    "shoes": "35\n36\n37\n38\n39\n40\n41\n42\n43\n44\nquarenta e um\nquarenta e dois",
    # 41 and 42 in words too: numbers.py leaves them digits ("trinta e dois polegadas"), but a size
    # (o número, o tamanho) is masculine
}
SIZE_UNITS = {"gb": "{} giga", "tb": "{} tera", "inch": "{} polegadas"}

NUMBERS = {1: {"m": "um", "f": "uma"}, 2: {"m": "dois", "f": "duas"}, 3: "três", 4: "quatro", 5: "cinco",
           6: "seis", 7: "sete", 8: "oito", 9: "nove", 10: "dez", 11: "onze", 12: "doze", 15: "quinze", 20: "vinte",
           24: "vinte e quatro", 25: "vinte e cinco", 30: "trinta", 50: "cinquenta", 100: "cem"}
PRICE_FORMATS = ["{} reais", "{} reais", "{} conto", "{}"]
CURRENCY_SCALE = 5.0

DATES = {
    "past": "ontem\nanteontem\nsemana passada\nna|segunda\nsexta passada\nhá dois dias\nmês passado\n"
            "hoje de manhã\nontem à noite\nna|terça\n"
            "na|segunda-feira\nna|terça-feira\nna|quarta\nna|quarta-feira\nna|quinta\nna|quinta-feira\n"
            "no|sábado\nno|domingo passado\nsegunda-feira passada\nsexta-feira passada\nsábado passado\n"
            "hoje cedo\nontem de manhã\nontem à tarde\nanteontem à noite\nhá uma semana\nfaz uma semana\n"
            "faz dois dias\nhá quinze dias\nhá um mês\nsemana retrasada\nno|fim de semana passado\n"
            "da|última vez\nno|natal\nna|black friday\nno|começo do mês\nagora há pouco",
    "future": "hoje\namanhã\nesse fim de semana\nno|domingo\nno|sábado\nsemana que vem\nhoje à noite\nessa sexta\n"
              "no|feriado\n"
              "depois de amanhã\namanhã de manhã\namanhã cedo\namanhã à tarde\nhoje à tarde\nmais tarde\n"
              "na|segunda-feira\nna|segunda\nna|terça que vem\nna|quarta-feira\nna|quinta\nna|sexta-feira\n"
              "no|sábado que vem\nna|próxima segunda\nna|próxima semana\nmês que vem\nno|fim do mês\n"
              "no|final do mês\nno|natal\nno|ano novo\nna|black friday\nno|carnaval\nno|dia das mães\n"
              "daqui a dois dias\nessa semana\nesse sábado",
    # {date:deal}: "ofertas de hoje", "promoções do fim de semana" (the preposition stays out of the span)
    "deal": "de|hoje\nde|amanhã\ndo|fim de semana\ndo|sábado\ndo|domingo\nda|black friday\ndo|natal\n"
            "da|semana que vem\nda|próxima semana\nde|sexta-feira\ndo|dia das mães\ndo|carnaval",
    # {date:for}: what a list or an order is for, "pra amanhã", "pro fim de semana"
    "for": "pra|hoje\npra|amanhã\npro|fim de semana\npro|sábado\npro|domingo\npra|sexta\npro|natal\n"
           "pra|semana que vem\npra|próxima semana\npro|churrasco de sábado\npro|ano novo\npra|depois de amanhã",
}

STORES = """
pinheiros
copacabana
moema
ipanema
botafogo
higienópolis
perdizes
santana
niterói
campinas
santo andré
osasco
guarulhos
curitiba
belo horizonte
porto alegre
salvador
florianópolis
brasília
jundiaí
ribeirão preto
barueri
"""

# {store:chain}: a chain at one of the STORES; "el|..." leaves the article out of the span
STORE_CHAINS = """
o|continente de {}
o|pingo doce de {}
o|lidl de {}
o|carrefour de {}
o|auchan de {}
o|extra de {}
o|pão de açúcar de {}
o|assaí de {}
o|atacadão de {}
a|drogasil de {}
a|renner de {}
o|zaffari de {}
o|sonda de {}
"""

PARTS = {
    "please": "por favor\npor gentileza\nse faz favor",
    "find": "me mostra\nprocura\nbusca\nquero ver\ntô procurando\nestou procurando\ntem\nvocês têm\nhá",
    "add": "adiciona\ncoloca\npõe\nbota\njoga\nacrescenta",
    "cart": "no carrinho\nno meu carrinho\nna cesta\nno cesto\nao carrinho",
    "remove": "tira\nremove\nexclui\napaga\nretira",
    "from_cart": "do carrinho\ndo meu carrinho\ndo cesto",
    "my_order": "meu pedido\nminha encomenda\no pedido\nminha compra\na minha encomenda",
    "store": "a loja de {store}\nsua loja de {store}\na unidade de {store}\n{store:chain}",
    "cheap": "por menos de {price_max}\nabaixo de {price_max}\nentre {price_min:bare} e {price_max}\n"
             "entre {price_min} e {price_max}\nde {price_min:bare} a {price_max}\n"
             "acima de {price_min}\naté {price_max}",
    "size_wear": "tamanho {size}\nno tamanho {size}",
    "size_shoes": "número {size}\ntamanho {size}",
    "size_storage": "de {size}\ncom {size}",
    "size_screen": "de {size}",
}

AGREE = {
    "o": "o/a/os/as",
    "um": "um/uma/uns/umas; mass=",
    "do": "do/da/dos/das",
    "no": "no/na/nos/nas",
    "esse": "esse/essa/esses/essas",
    "ele": "ele/ela/eles/elas",
    "quais": "qual/quais",
    "está": "está/estão",
    "tá": "tá/tão",
    "custa": "custa/custam",
    "é": "é/são",
    "tem": "tem/têm",
    "foi": "foi/foram",
    "chega": "chega/chegam",
    "chegou": "chegou/chegaram",
    "veio": "veio/vieram",
    "sai": "sai/saem",
    "serviu": "serviu/serviram",
    "acabou": "acabou/acabaram",
    "veste": "veste/vestem",
    "barato": "barato/barata/baratos/baratas",
    "novo": "novo/nova/novos/novas",
    "disponível": "disponível/disponíveis",
    "quebrado": "quebrado/quebrada/quebrados/quebradas",
    "vencido": "vencido/vencida/vencidos/vencidas",
    "enviado": "enviado/enviada/enviados/enviadas",
    "caro": "caro/cara/caros/caras",
    "errado": "errado/errada/errados/erradas",
    "bom": "bom/boa/bons/boas",
    "outro": "outro/outra/outros/outras",
    "quanto": "quanto/quanta/quantos/quantas",
    "seja": "seja/sejam",
    "saiu": "saiu/saíram",
    "funciona": "funciona/funcionam",
    "parou": "parou/pararam",
    "fica": "fica/ficam",
    "compatível": "compatível/compatíveis",
    "vem": "vem/vêm",
    "baixar": "baixar/baixarem",
    "serve": "serve/servem",
    "seu": "seu/sua/seus/suas",
    "pode": "pode/podem",
    "impermeável": "impermeável/impermeáveis",
    "pequeno": "pequeno/pequena/pequenos/pequenas",
    "grande": "grande/grandes",
    "ficou": "ficou/ficaram",
}

PREFIXES = """
bom
ah
então
olha
hum
oi
ei
"""
SUFFIXES = """
por favor
valeu
obrigado
obrigada
"""

ONE_IS_ARTICLE = True


# words of the products a "pair" is never said of ("um par de bermudas"), and of those a "fardo" / "pack"
# (a shrink-wrapped bundle) is said of: drinks and yogurt, not rice or nappies
_NO_PAIR = {"bermuda", "bermudas", "short", "shorts", "calções"}
_BUNDLED = {"água", "águas", "cerveja", "cervejas", "breja", "brejas", "refrigerante", "refrigerantes", "refri",
            "refris", "guaraná", "guaranás", "energético", "energéticos", "bebida", "bebidas", "iogurte", "iogurtes",
            "lata", "latas", "latinha", "latinhas"}


def contract(prev: str, word: str, nxt: str) -> str | None:
    """Rewrites nothing; refuses "par de bermudas" and "fardo de arroz" (the unit comes from the concept,
    so the renderer draws again: another unit word, or another product)."""
    if word == "de" and (prev in ("par", "pares") and nxt in _NO_PAIR
                         or prev in ("fardo", "fardos", "pack", "packs") and nxt not in _BUNDLED):
        raise Retry
    return None
