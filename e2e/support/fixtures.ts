// Links as earlier versions of the app wrote them: every one must keep opening.

/**
 * A campaign link in the shape of 2026-11 (campaign format 1 with only the keys of that month:
 * names, platform, followers, engagement and price per creator): an agency's spring campaign
 * with ten named Amsterdam micro creators, €12,000, local, community.
 */
export const TEN_NAMED_AMSTERDAM = {
  link: "c1.dZI9UsMwEIWvwqgOGtuRf5IKCjoqZqgYCkXeOHIsrUc_MMDkRByDi7F2THARd-vVvk9vn_zF3tg2XTErDbAtewQb4FaqoOHm3vgArpaGrZiKjk4fnp-oxl1LtUJjotXhgzr9nhra-iAbN443gNTpUMmOvqxWhwG-RxU91NRx2h-pYaDWcZj34aMbJmQMB3KgFfV2sW4gkLksSZIVO2B0nm3FUCr0dJBT-Q5w9MMMWSSHL1_MEuaOnNS-wx7cNXf0LaoRSncKTtv3bLvJk9Nqkhs8RsOBbr-uXqf5pM55NqrL5F_dIoUmLW-lN7q1C4wsqyZGwdcjI5852GsIfi93TsNxAVCUfyusuRgBqZi5kMPrdVxajEuEtMomQjmFIGYWLNIe3MoQo-t0uwTJCnFJshohxcxFDdDrtudDIEthbjaXPTYjoJq5oDl1CGAbh7BEyMX6QijOSaQzBNLfwhEbv_ScqSgvT3FeYR7kZ9S19PwTf74X9GWWTvps2iAdMng9_QI",
  name: "Lente-actie Amsterdam",
  creators: [
    "@stadsloper",
    "@mokum.eet",
    "@jordaan.jasmijn",
    "@fietsfabriek",
    "@amstel.anouk",
    "@noord.natuurlijk",
    "@deepijp.daan",
    "@grachtengroen",
    "@oost.oogst",
    "@zuidas.zoë",
  ],
};
