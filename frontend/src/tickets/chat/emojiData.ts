/**
 * The emoji attendants actually use, by category, each with search words (English, Portuguese, Spanish).
 * Kept small on purpose: the full Unicode list belongs to the phone's keyboard, not to a support inbox.
 */
export type EmojiCategory = 'smileys' | 'gestures' | 'hearts' | 'nature' | 'food' | 'objects';

export interface Emoji {
  char: string;
  words: string;
}

const RAW: Record<EmojiCategory, string> = {
  smileys: `😀 grinning smile sorriso sonrisa|😃 smiley happy feliz|😄 smile laugh riso|😁 grin beaming|😆 laughing rindo|😅 sweat smile nervoso|🤣 rofl rolling laugh gargalhada|😂 joy tears laugh chorando de rir|🙂 slight smile|😉 wink piscada guiño|😊 blush smile corado|😇 innocent angel anjo|🥰 love hearts apaixonado|😍 heart eyes|🤩 star struck|😘 kiss beijo beso|😋 yum delicious delicia|😛 tongue lingua|😜 wink tongue|🤗 hug abraço abrazo|🤭 oops ops|🤔 thinking pensando|🤐 zipper silence|😐 neutral|😑 expressionless|😶 no mouth|😏 smirk|😒 unamused|🙄 eye roll|😬 grimace|😌 relieved aliviado|😔 pensive|😪 sleepy sono|😴 sleeping dormindo|😷 mask sick doente|🤒 fever thermometer febre|🥳 party festa fiesta|😎 cool sunglasses óculos|🤓 nerd|😕 confused confuso|😟 worried preocupado|😮 wow surprised surpreso|😲 astonished|😳 flushed vergonha|🥺 pleading please por favor|😢 cry sad triste|😭 sob crying chorando|😱 scream medo miedo|😓 sweat|😩 weary cansado|😤 triumph|😡 angry raiva enojado|🤯 mind blown|🙃 upside down`,
  gestures: `👍 thumbs up like ok joinha|👎 thumbs down dislike|👌 ok perfect perfeito|✌️ victory peace paz|🤞 fingers crossed sorte suerte|🤝 handshake deal acordo acuerdo|🙏 pray please thanks obrigado gracias por favor|👏 clap palmas aplausos|🙌 raised hands celebrate|👋 wave hello hi tchau oi hola adiós|🤙 call me liga|💪 muscle strong força fuerza|👉 point right|👈 point left|👆 point up|👇 point down|☝️ index one|✋ hand stop pare|🤷 shrug sei lá|🤦 facepalm|🙋 raising hand|🙇 bow desculpa|💁 information|🙆 ok gesture|🙅 no gesture não|👀 eyes olhos ver|🧠 brain ideia|👤 person pessoa|👥 people pessoas|🧑‍💻 technologist computador|🏃 running correndo|🚶 walking`,
  hearts: `❤️ red heart love amor coração corazón vermelho rojo|🧡 orange heart|💛 yellow heart|💚 green heart|💙 blue heart|💜 purple heart|🖤 black heart|🤍 white heart|💔 broken heart|💕 two hearts|💖 sparkling heart|💯 hundred cem cien|✅ check done feito hecho|☑️ check box|✔️ check mark|❌ cross no não error|❗ exclamation atenção|❓ question pergunta pregunta|⚠️ warning aviso|🚫 prohibited proibido|⭐ star estrela estrella|🌟 glowing star|✨ sparkles brilho|🔥 fire fogo fuego|💥 boom|💤 zzz sleep|🆗 ok button|🆕 new novo nuevo|🔔 bell notificação|🎉 party popper festa parabéns|🎊 confetti|➡️ arrow right seta|⬅️ arrow left|⬆️ arrow up|⬇️ arrow down|🔄 repeat refresh`,
  nature: `🐶 dog cachorro perro|🐱 cat gato|🐭 mouse rato|🐰 rabbit coelho conejo|🦊 fox raposa|🐻 bear urso oso|🐼 panda|🐨 koala|🐯 tiger tigre|🦁 lion leão león|🐮 cow vaca|🐷 pig porco cerdo|🐸 frog sapo rana|🐵 monkey macaco mono|🐔 chicken galinha pollo|🐧 penguin pinguim|🐦 bird pássaro pájaro|🦋 butterfly borboleta mariposa|🐝 bee abelha abeja|🐢 turtle tartaruga|🐟 fish peixe pez|🐬 dolphin golfinho|🌸 blossom flor|🌹 rose rosa|🌻 sunflower girassol|🌳 tree árvore árbol|🌵 cactus|🍀 clover sorte|☀️ sun sol|🌙 moon lua luna|🌈 rainbow arco-íris|☁️ cloud nuvem nube|🌧️ rain chuva lluvia|⚡ lightning raio|❄️ snow neve nieve|🌊 wave mar`,
  food: `☕ coffee café|🍵 tea chá té|🍺 beer cerveja cerveza|🍷 wine vinho vino|🥤 soda refrigerante|🧃 juice suco jugo|🍕 pizza|🍔 burger hambúrguer|🍟 fries batata frita|🌭 hot dog cachorro-quente|🌮 taco|🍣 sushi|🍜 noodles|🍝 pasta macarrão|🍚 rice arroz|🥗 salad salada ensalada|🍞 bread pão pan|🧀 cheese queijo queso|🥚 egg ovo huevo|🍎 apple maçã manzana|🍌 banana plátano|🍇 grapes uva|🍓 strawberry morango fresa|🍉 watermelon melancia sandía|🍍 pineapple abacaxi piña|🥑 avocado abacate|🥕 carrot cenoura zanahoria|🌽 corn milho maíz|🍰 cake bolo pastel|🎂 birthday cake aniversário|🍫 chocolate|🍦 ice cream sorvete helado|🍩 doughnut rosquinha|🍪 cookie biscoito galleta|🍿 popcorn pipoca`,
  objects: `📱 phone celular|💻 laptop computador|🖥️ desktop|⌨️ keyboard teclado|🖨️ printer impressora|📷 camera câmera|📞 telephone telefone|📧 email e-mail correo|📩 envelope mensagem|📦 package pacote entrega paquete|🚚 truck delivery caminhão entrega|🛒 cart carrinho compra|💳 card cartão tarjeta|💰 money dinheiro dinero|💵 cash dólar|🧾 receipt recibo nota|📄 document documento|📎 paperclip anexo clip|📌 pin|📍 location pin local|📅 calendar calendário|⏰ alarm clock relógio|⏳ hourglass wait espera|🔒 lock cadeado seguro|🔑 key chave llave|🔧 wrench ferramenta|⚙️ gear settings configuração|💡 idea ideia bulb|🎁 gift presente regalo|🏆 trophy troféu|⚽ soccer futebol fútbol|🎵 music música|🎮 game jogo juego|🚗 car carro coche|✈️ airplane avião avión|🏠 house casa|🏢 office escritório oficina|🏥 hospital`,
};

export const EMOJI_CATEGORIES = Object.keys(RAW) as EmojiCategory[];

export const EMOJI: Record<EmojiCategory, Emoji[]> = Object.fromEntries(
  EMOJI_CATEGORIES.map((category) => [
    category,
    RAW[category].split('|').map((entry) => {
      const [char = '', ...words] = entry.trim().split(' ');
      return { char, words: words.join(' ').toLowerCase() };
    }),
  ]),
) as Record<EmojiCategory, Emoji[]>;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Emoji whose words start with every word typed, accents ignored ("coracao" and "heart red" both find ❤️). */
export function searchEmoji(query: string): Emoji[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  return EMOJI_CATEGORIES.flatMap((c) => EMOJI[c]).filter((emoji) => {
    const words = fold(emoji.words).split(/\s+/);
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  });
}
