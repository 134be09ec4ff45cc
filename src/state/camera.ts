/** A map view as it is shared in links: zoom and centre. */
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}
