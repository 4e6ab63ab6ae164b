# Writes sentences10.json: a tenth batch, written on 2 December 2026 before the builder ran on it. Every subject is
# named (the graph keeps statements of entities). Classes: negated acts with a nominal object ("has not paid the
# fine", "did not attend the summit"), transaction verbs with particles and prepositions (pull out of, team up
# with, call off, shoot down), threats and plans, central banks and markets (no events), diplomacy, force and
# coercion, sport, and dates a week, a month or a year away ("last week", "last month", "next week", "in 2008",
# "on Saturday night"). The article is dated Wednesday 11 March 2026 (bench/events_unseen.py).
from expect import A, H, N, P, R, RH, e, write  # noqa: F401 (shorthand of the expectations)
ANY = None      # modality not checked
S = [
 # negated acts with a nominal object
 ("Hungary has not paid the fine imposed by the European Court of Justice.",
  [e("hungary", ["pay"], "fine", "?", pol=N)]),
 ("Venezuela did not attend the summit in Bogota on Tuesday.",
  [e("venezuela", ["attend"], "summit", ["04"], pol=N, when="2026-03-10")]),
 ("Iran refused to sign the agreement with the International Atomic Energy Agency.",
  [e("iran", ["sign"], "agreement", ["05", "03"], pol=N, mod=ANY)]),
 ("The European Central Bank did not cut rates at its meeting in Frankfurt on Thursday.",
  [e("central bank", ["cut"], "rates", None, pol=N, when="2026-03-05")]),
 # transaction verbs with particles and prepositions
 ("Nissan pulled out of merger talks with Honda in February.",
  [e("nissan", ["pull_out_of", "pull_out"], "talks", ["16", "12"], when="2026-02")]),
 ("Vodafone teamed up with Telefonica to build a 5G network in Spain.",
  [e("vodafone", ["team_up_with", "team_up"], "telefonica", ["06", "05", "03", None])]),
 ("The Teamsters union called off a strike at UPS after a last-minute deal.",
  [e("teamsters", ["call_off"], "strike", "?")]),
 ("Ukraine's army said it had shot down 25 Russian drones overnight.",
  [e("ukrain", ["shoot_down"], "drones", ["19", "18"], mod=R, when="?")]),
 # threats, plans and reported acts
 ("Germany will send 14 Leopard tanks to Ukraine, Olaf Scholz said.",
  [e("germany", ["send", "send_to"], "?", ["07", "06", "03"], mod=RH)]),
 ("Colombia threatened to expel the Israeli ambassador.",
  [e("colombia", ["threaten", "expel"], "?", ["13", "16"], mod=ANY)]),
 ("Nvidia denied that it had shipped chips to Chinese military firms.",
  [e("nvidia", ["deny"], "?", ["01"])]),
 ("Volodymyr Zelensky is expected to meet Donald Trump in Washington next week.",
  [e("zelensky", ["meet"], "trump", ["04"], mod=RH, when="2026-03-16")]),
 ("Egypt has reopened the Rafah crossing for the wounded, the Egyptian Red Crescent said.",
  [e("egypt", ["reopen"], "crossing", "?", mod=R)]),
 # central banks, markets and business: no events
 ("Argentina's central bank raised its benchmark rate to 40 percent on Thursday.",
  [e("bank", ["raise"], "rate", None, when="2026-03-05")]),
 ("The Federal Reserve held interest rates steady last week.",
  [e("federal reserve", ["hold"], "rates", None, when="2026-03-02")]),
 ("Pfizer recalled two million doses of its vaccine after contamination was found.",
  [e("pfizer", ["recall"], "doses", None)]),
 ("The European Space Agency launched the Ariane 6 rocket from Kourou on Thursday.",
  [e("space agency", ["launch"], "ariane", None, when="2026-03-05")]),
 ("Kenya's parliament passed the finance bill despite weeks of protests.",
  [e("parliament", ["pass"], "bill", None)]),
 ("Samsung Electronics agreed to buy the German firm FlaktGroup for 1.5 billion euros.",
  [e("samsung", ["buy"], "?", "?", mod=ANY)]),
 # diplomacy
 ("Spain's prime minister, Pedro Sanchez, met King Charles at Buckingham Palace on Tuesday.",
  [e("sanchez", ["meet"], "charles", ["04"], when="2026-03-10")]),
 ("Turkish Foreign Minister Hakan Fidan criticised Sweden for allowing the protest.",
  [e("fidan", ["criticise", "criticize"], "sweden", ["11"])]),
 ("Serbia recalled its ambassador to Montenegro for consultations.",
  [e("serbia", ["recall"], "ambassador", ["16"])]),
 ("Claudia Sheinbaum thanked Canada for its support during the floods.",
  [e("sheinbaum", ["thank"], "canada", ["05"])]),
 ("The Emir of Qatar hosted Rwandan President Paul Kagame in Doha last month.",
  [e("emir", ["host"], "kagame", ["04"], when="2026-02")]),
 ("Bolivia expelled the US ambassador in 2008, accusing him of supporting the opposition.",
  [e("bolivia", ["expel"], "ambassador", ["16", "17"], when="2008")]),
 # force, coercion and courts
 ("The Philippine coast guard accused China of ramming one of its vessels near Second Thomas Shoal on Sunday.",
  [e("coast guard", ["accuse"], "china", ["11"], when="?")]),
 ("Greenpeace sued Shell over its climate targets in a Dutch court.",
  [e("greenpeace", ["sue"], "shell", ["11"])]),
 ("Dutch police raided the offices of Ajax in Amsterdam on Tuesday.",
  [e("police", ["raid"], "offices", ["17"], when="2026-03-10")]),
 ("India and Pakistan exchanged fire across the Line of Control on Saturday night.",
  [e("india", ["exchange"], "fire", ["19"], when="2026-03-07")]),
 ("Hamas released three Israeli hostages in Khan Younis on Saturday.",
  [e("hamas", ["release"], "hostages", ["08"], when="2026-03-07")]),
 ("The United States imposed sanctions on three Iranian oil tankers on Friday.",
  [e("united states", ["impose", "impose_on"], "?", ["16"], when="2026-03-06")]),
 ("Lithuania closed two border crossings with Belarus on Monday.",
  [e("lithuania", ["close"], "crossings", "?", when="2026-03-09")]),
 ("Kenya's government banned protests in central Nairobi until further notice.",
  [e("kenya", ["ban"], "protests", ["17", "12"])]),
 # sport: no force
 ("Liverpool beat Real Madrid 2-0 at Anfield on Tuesday night.",
  [e("liverpool", ["beat"], "real madrid", None, when="2026-03-10")]),
 ("Novak Djokovic crushed Daniil Medvedev in the final in Melbourne.",
  [e("djokovic", ["crush"], "medvedev", None)]),
 ("The Boston Celtics destroyed the Miami Heat 130-90 last Thursday.",
  [e("celtics", ["destroy"], "heat", None, when="2026-03-05")]),
 # labour and business disputes
 ("The United Auto Workers union struck a deal with General Motors on Saturday.",
  [e("united auto workers", ["strike"], "deal", ["05", "03", "06"], when="2026-03-07")]),
 ("Ryanair criticised Boeing over repeated delays in aircraft deliveries.",
  [e("ryanair", ["criticise", "criticize"], "boeing", ["11"])]),
 ("Amazon has not responded to the demands of the Teamsters union.",
  [e("amazon", ["respond_to", "respond"], "?", "?", pol=N)]),
 ("The Writers Guild of America ended its 148-day strike against the studios last year.",
  [e("writers guild", ["end"], "strike", "?", when="2025")]),
]

if __name__ == "__main__":
    write(S, "sentences10.json")
